import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnsFor } from './migration-helpers';

/**
 * Placement-experience surveys. Responses keep no link to their invitation and no time of day: `submitted_on` and
 * `answered_on` are dates, and responses have no created/updated timestamps, so an answer cannot be matched to a
 * student by time.
 */
export class Surveys1764500000000 implements MigrationInterface {
  name = 'Surveys1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    const fk = (columnNames: string[], referencedTableName: string, onDelete: string) =>
      new TableForeignKey({ columnNames, referencedTableName, referencedColumnNames: ['id'], onDelete });

    await queryRunner.createTable(
      new Table({
        name: 'survey_templates',
        columns: [column.id(), column.uuid('family_id'), column.varchar('name', 200), column.integer('version'), column.boolean('active', true), column.json('questions'), column.createdAt()],
        indices: [new TableIndex({ name: 'uq_survey_templates_family_version', columnNames: ['family_id', 'version'], isUnique: true })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'survey_invitations',
        columns: [
          column.id(),
          column.uuid('placement_id'),
          column.uuid('template_id'),
          column.varchar('token_hash', 64),
          column.dateTime('expires_at'),
          column.varchar('answered_on', 10, true),
          column.createdAt(),
        ],
        foreignKeys: [fk(['placement_id'], 'placements', 'CASCADE'), fk(['template_id'], 'survey_templates', 'RESTRICT')],
        indices: [
          new TableIndex({ name: 'uq_survey_invitations_token', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_survey_invitations_placement', columnNames: ['placement_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'survey_responses',
        columns: [
          column.id(),
          column.uuid('template_id'),
          column.uuid('site_id'),
          column.varchar('profession', 60),
          column.integer('year_of_study'),
          column.integer('cohort'),
          column.varchar('submitted_on', 10),
          column.json('answers'),
          column.boolean('concern_raised', false),
          column.text('concern_text'),
          column.boolean('consent_to_contact', false),
          column.uuid('student_id', true),
          column.varchar('review_status', 20),
          column.text('review_note'),
          column.version(),
        ],
        foreignKeys: [fk(['template_id'], 'survey_templates', 'RESTRICT'), fk(['site_id'], 'placement_sites', 'RESTRICT'), fk(['student_id'], 'students', 'SET NULL')],
        indices: [
          new TableIndex({ name: 'ix_survey_responses_site', columnNames: ['site_id', 'submitted_on'] }),
          new TableIndex({ name: 'ix_survey_responses_review', columnNames: ['review_status', 'submitted_on'] }),
          new TableIndex({ name: 'ix_survey_responses_cohort', columnNames: ['cohort', 'profession'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'concerns',
        columns: [
          column.id(),
          column.uuid('response_id'),
          column.uuid('site_id'),
          column.varchar('tier', 20),
          column.varchar('status', 20),
          column.uuid('owner_id', true),
          column.dateTime('due_at'),
          column.text('resolution'),
          column.text('you_said_we_did'),
          column.createdAt(),
          column.updatedAt(),
          column.version(),
        ],
        foreignKeys: [fk(['response_id'], 'survey_responses', 'CASCADE'), fk(['site_id'], 'placement_sites', 'RESTRICT'), fk(['owner_id'], 'users', 'SET NULL')],
        indices: [
          new TableIndex({ name: 'ix_concerns_status_due', columnNames: ['status', 'due_at'] }),
          new TableIndex({ name: 'ix_concerns_site', columnNames: ['site_id', 'status'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['concerns', 'survey_responses', 'survey_invitations', 'survey_templates']) await queryRunner.dropTable(table);
  }
}
