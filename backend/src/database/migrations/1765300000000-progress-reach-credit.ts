import { MigrationInterface, QueryRunner } from 'typeorm';
import { ApplicantProgressRepository } from '../../modules/applicants/applicant-progress.repository';

/**
 * Each progress row also keeps its person's school or college and first-contact event, so the reach report credits
 * people to organisations from these narrow rows instead of reading every applicant (and looking up every one's
 * progress). Deleting the organisation or event clears them here as it does on the applicant.
 *
 * Then every progress row and funnel cell is computed afresh, with the code of today: this stays the last migration
 * that changes what a progress row holds, so that an older one never writes columns that do not exist yet (a later
 * change to the rows moves this step to its own migration).
 */
export class ProgressReachCredit1765300000000 implements MigrationInterface {
  name = 'ProgressReachCredit1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const uuid = queryRunner.connection.options.type === 'postgres' ? 'uuid' : 'varchar(36)';
    // Plain ALTER TABLE: TypeORM's SQLite addColumn would copy the whole table once per column.
    await queryRunner.query(
      `ALTER TABLE applicant_progress ADD COLUMN organisation_id ${uuid} NULL REFERENCES organisations (id) ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE applicant_progress ADD COLUMN event_id ${uuid} NULL REFERENCES events (id) ON DELETE SET NULL`,
    );
    // The reach report reads these alone, never the rows (and deleting an organisation or event finds its rows here).
    await queryRunner.query(
      `CREATE INDEX ix_applicant_progress_organisation ON applicant_progress (organisation_id, cohort_at, furthest)
        WHERE organisation_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_applicant_progress_event ON applicant_progress (event_id, cohort_at, furthest, organisation_id)
        WHERE event_id IS NOT NULL`,
    );
    await new ApplicantProgressRepository().rebuildAll(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_applicant_progress_event');
    await queryRunner.query('DROP INDEX ix_applicant_progress_organisation');
    await queryRunner.query('ALTER TABLE applicant_progress DROP COLUMN event_id');
    await queryRunner.query('ALTER TABLE applicant_progress DROP COLUMN organisation_id');
  }
}
