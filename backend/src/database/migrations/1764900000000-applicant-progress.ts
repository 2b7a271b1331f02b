import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { PROGRESS_STAGES } from '@pathway/contracts';
import { engineOfConnection, progressSelectSql } from '../../modules/applicants/progress-sql';
import { columnsFor } from './migration-helpers';

/**
 * How far each person got, kept beside the stage history so funnels and dashboards count people instead of
 * replaying every move; and indexes that let the applicant list sort by first name and last name from an index.
 */
export class ApplicantProgress1764900000000 implements MigrationInterface {
  name = 'ApplicantProgress1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'applicant_progress',
        columns: [
          { ...column.uuid('applicant_id'), isPrimary: true },
          column.integer('furthest'),
          ...PROGRESS_STAGES.map((_, index) => column.dateTime(`reached_${index}`, true)),
          // Whole tenths of a day from first reaching stage i to first reaching stage i + 1.
          ...PROGRESS_STAGES.slice(0, -1).map((_, index) => column.integer(`gap_${index}`, undefined, true)),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['applicant_id'],
            referencedTableName: 'applicants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({ name: 'ix_applicant_progress_applied', columnNames: ['reached_3'] }),
          new TableIndex({ name: 'ix_applicant_progress_enrolled', columnNames: ['reached_5'] }),
        ],
      }),
    );
    // The columns this table had at first (a later migration adds what each person is counted under).
    const columns = [
      'applicant_id',
      'furthest',
      ...PROGRESS_STAGES.map((_, index) => `reached_${index}`),
      ...PROGRESS_STAGES.slice(0, -1).map((_, index) => `gap_${index}`),
    ].join(', ');
    await queryRunner.query(
      `INSERT INTO applicant_progress (${columns}) SELECT ${columns} FROM (${progressSelectSql(engineOfConnection(queryRunner.connection.options.type), '1 = 1')}) progress`,
    );
    await queryRunner.createIndex(
      'applicants',
      new TableIndex({ name: 'ix_applicants_first_name', columnNames: ['first_name', 'last_name', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('applicants', 'ix_applicants_first_name');
    await queryRunner.dropTable('applicant_progress');
  }
}
