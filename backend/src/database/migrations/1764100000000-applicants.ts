import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnsFor } from './migration-helpers';

export class Applicants1764100000000 implements MigrationInterface {
  name = 'Applicants1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    const fk = (columnNames: string[], referencedTableName: string, onDelete: string, referencedColumnNames = ['id']) =>
      new TableForeignKey({ columnNames, referencedTableName, referencedColumnNames, onDelete });

    await queryRunner.createTable(
      new Table({
        name: 'organisations',
        columns: [
          column.id(),
          column.varchar('name', 200),
          column.varchar('name_key', 200),
          column.varchar('kind', 20),
          column.varchar('region', 30, true),
          column.createdAt(),
          column.updatedAt(),
        ],
        indices: [new TableIndex({ name: 'ix_organisations_name_key', columnNames: ['name_key'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'applicants',
        columns: [
          column.id(),
          column.varchar('first_name', 100),
          column.varchar('last_name', 100),
          column.varchar('email', 320, true),
          column.varchar('phone', 40, true),
          column.varchar('phone_normalised', 20, true),
          column.varchar('audience', 30, true),
          column.varchar('region', 30, true),
          column.varchar('postcode', 10, true),
          column.uuid('organisation_id', true),
          column.varchar('date_of_birth', 10, true),
          column.varchar('age_band', 10, true),
          column.varchar('name_dob_key', 220, true),
          column.varchar('source', 30, true),
          column.dateTime('first_contact_at', true),
          column.uuid('owner_id', true),
          column.varchar('stage', 30),
          { name: 'position', type: 'double precision', default: '0' },
          column.dateTime('stage_changed_at'),
          column.varchar('close_reason', 500, true),
          column.boolean('consent_given', false),
          column.dateTime('consent_given_at', true),
          column.varchar('consent_source', 40, true),
          column.varchar('consent_wording_version', 20, true),
          column.dateTime('consent_withdrawn_at', true),
          { name: 'wp_first_in_family', type: 'boolean', isNullable: true },
          { name: 'wp_care_experienced', type: 'boolean', isNullable: true },
          { name: 'wp_disability', type: 'boolean', isNullable: true },
          column.varchar('wp_ethnicity', 100, true),
          column.uuid('created_by_id', true),
          column.dateTime('archived_at', true),
          column.createdAt(),
          column.updatedAt(),
          column.version(),
        ],
        foreignKeys: [fk(['organisation_id'], 'organisations', 'SET NULL'), fk(['owner_id'], 'users', 'SET NULL')],
        indices: [
          // The board reads each column in position order; archived records never show there.
          new TableIndex({ name: 'ix_applicants_board', columnNames: ['stage', 'position', 'id'], where: 'archived_at IS NULL' }),
          new TableIndex({ name: 'ix_applicants_owner_stage', columnNames: ['owner_id', 'stage', 'position'] }),
          new TableIndex({ name: 'ix_applicants_email', columnNames: ['email'] }),
          new TableIndex({ name: 'ix_applicants_phone', columnNames: ['phone_normalised'] }),
          new TableIndex({ name: 'ix_applicants_name_dob', columnNames: ['name_dob_key'] }),
          new TableIndex({ name: 'ix_applicants_name', columnNames: ['last_name', 'first_name', 'id'] }),
          new TableIndex({ name: 'ix_applicants_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_applicants_updated', columnNames: ['updated_at', 'id'] }),
          new TableIndex({ name: 'ix_applicants_first_contact', columnNames: ['first_contact_at', 'id'] }),
          new TableIndex({ name: 'ix_applicants_stage_changed', columnNames: ['stage_changed_at', 'id'] }),
          new TableIndex({ name: 'ix_applicants_region', columnNames: ['region'] }),
          new TableIndex({ name: 'ix_applicants_source', columnNames: ['source'] }),
          new TableIndex({ name: 'ix_applicants_audience', columnNames: ['audience'] }),
          new TableIndex({ name: 'ix_applicants_organisation', columnNames: ['organisation_id'] }),
          new TableIndex({ name: 'ix_applicants_archived', columnNames: ['archived_at'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'applicant_professions',
        columns: [
          { ...column.uuid('applicant_id'), isPrimary: true },
          { ...column.varchar('profession_code', 60), isPrimary: true },
        ],
        foreignKeys: [fk(['applicant_id'], 'applicants', 'CASCADE'), fk(['profession_code'], 'professions', 'RESTRICT', ['code'])],
        indices: [new TableIndex({ name: 'ix_applicant_professions_code', columnNames: ['profession_code', 'applicant_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'applicant_tags',
        columns: [
          { ...column.uuid('applicant_id'), isPrimary: true },
          { ...column.varchar('tag', 40), isPrimary: true },
        ],
        foreignKeys: [fk(['applicant_id'], 'applicants', 'CASCADE')],
        indices: [new TableIndex({ name: 'ix_applicant_tags_tag', columnNames: ['tag', 'applicant_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'applicant_search_terms',
        columns: [
          // Byte-order collation on PostgreSQL (SQLite's default already is), so prefix ranges use the index.
          { ...column.varchar('term', 60), isPrimary: true, collation: queryRunner.connection.options.type === 'postgres' ? 'C' : undefined },
          { ...column.uuid('applicant_id'), isPrimary: true },
        ],
        foreignKeys: [fk(['applicant_id'], 'applicants', 'CASCADE')],
        indices: [new TableIndex({ name: 'ix_applicant_search_terms_applicant', columnNames: ['applicant_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'stage_changes',
        columns: [
          column.id(),
          column.uuid('applicant_id'),
          column.varchar('from_stage', 30, true),
          column.varchar('to_stage', 30),
          column.dateTime('at'),
          column.uuid('by_id', true),
          column.varchar('reason', 500, true),
        ],
        foreignKeys: [fk(['applicant_id'], 'applicants', 'CASCADE'), fk(['by_id'], 'users', 'SET NULL')],
        indices: [
          new TableIndex({ name: 'ix_stage_changes_applicant', columnNames: ['applicant_id', 'at'] }),
          new TableIndex({ name: 'ix_stage_changes_to', columnNames: ['to_stage', 'at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['stage_changes', 'applicant_search_terms', 'applicant_tags', 'applicant_professions', 'applicants', 'organisations']) {
      await queryRunner.dropTable(table);
    }
  }
}
