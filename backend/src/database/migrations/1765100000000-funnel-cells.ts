import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columnsFor } from './migration-helpers';

/**
 * Funnels pre-counted per cohort day and month (`funnel_cells`), so that a funnel over a million people adds up
 * cells instead of reading every person. Each progress row now also keeps what its person is counted under (first
 * contact, source, campaign, region, owner, professions), so the cells can always be corrected when it changes.
 * The rows and cells are then computed by the last migration that changes what a progress row holds
 * (`ProgressReachCredit1765300000000`): the code that computes them writes every column of today's rows.
 */
export class FunnelCells1765100000000 implements MigrationInterface {
  name = 'FunnelCells1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    for (const [name, type] of [
      ['cohort_at', column.dateTime('cohort_at', true)],
      ['source', column.varchar('source', 30, true)],
      ['campaign_id', column.uuid('campaign_id', true)],
      ['region', column.varchar('region', 30, true)],
      ['owner_id', column.uuid('owner_id', true)],
      ['professions', column.text('professions')],
    ] as const) {
      // Plain ALTER TABLE: TypeORM's SQLite addColumn would copy the whole table once per column.
      await queryRunner.query(
        `ALTER TABLE applicant_progress ADD COLUMN ${name} ${this.typeOf(queryRunner, type.type, type.length)}`,
      );
    }
    await queryRunner.createIndex(
      'applicant_progress',
      new TableIndex({ name: 'ix_applicant_progress_cohort', columnNames: ['cohort_at'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'funnel_cells',
        columns: [
          { ...column.varchar('dimension', 12), isPrimary: true },
          { ...column.varchar('grain', 1), isPrimary: true },
          { ...column.varchar('period', 10), isPrimary: true },
          { ...column.varchar('value', 64), isPrimary: true },
          column.text('counts', false),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('funnel_cells');
    await queryRunner.dropIndex('applicant_progress', 'ix_applicant_progress_cohort');
    for (const name of ['professions', 'owner_id', 'region', 'campaign_id', 'source', 'cohort_at'])
      await queryRunner.query(`ALTER TABLE applicant_progress DROP COLUMN ${name}`);
  }

  private typeOf(queryRunner: QueryRunner, type: string, length?: string): string {
    return length && queryRunner.connection.options.type === 'postgres' ? `${type}(${length})` : type;
  }
}
