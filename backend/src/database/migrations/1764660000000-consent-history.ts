import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnsFor } from './migration-helpers';

/** Every consent decision (given or withdrawn) with its source and the wording it was given against. */
export class ConsentHistory1764660000000 implements MigrationInterface {
  name = 'ConsentHistory1764660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'consent_changes',
        columns: [
          column.id(),
          column.uuid('applicant_id'),
          column.boolean('given', false),
          column.dateTime('at'),
          column.varchar('source', 40, true),
          column.varchar('wording_version', 20, true),
          column.uuid('by_id', true),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['applicant_id'],
            referencedTableName: 'applicants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['by_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_consent_changes_applicant', columnNames: ['applicant_id', 'at'] })],
      }),
    );
    // What the records already say: when consent was given, and when it was withdrawn.
    const id =
      queryRunner.connection.options.type === 'postgres'
        ? 'gen_random_uuid()'
        : "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
    await queryRunner.query(
      `INSERT INTO consent_changes (id, applicant_id, given, at, source, wording_version, by_id)
       SELECT ${id}, id, true, consent_given_at, consent_source, consent_wording_version, created_by_id FROM applicants WHERE consent_given_at IS NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO consent_changes (id, applicant_id, given, at, source, wording_version, by_id)
       SELECT ${id}, id, false, consent_withdrawn_at, NULL, NULL, NULL FROM applicants WHERE consent_withdrawn_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('consent_changes');
  }
}
