import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { engineOfConnection, progressRowsSql } from './progress-sql';

/** Ids per statement: well inside both engines' limits on bound parameters. */
const CHUNK = 500;

/**
 * Keeps `applicant_progress` (how far each person got, and when) equal to what their stage history says. Every
 * write to `stage_changes` calls `refresh` for the people it touched, in the same transaction, so the two never
 * disagree; the row is recomputed from the whole history rather than patched, so no move can be counted twice.
 */
@Injectable()
export class ApplicantProgressRepository {
  async refresh(manager: EntityManager, applicantIds: readonly string[]): Promise<void> {
    const unique = [...new Set(applicantIds)];
    for (let start = 0; start < unique.length; start += CHUNK) {
      const ids = unique.slice(start, start + CHUNK);
      const marks = ids.map((_, index) => (manager.connection.options.type === 'postgres' ? `$${index + 1}` : '?'));
      await manager.query(`DELETE FROM applicant_progress WHERE applicant_id IN (${marks.join(', ')})`, ids);
      await manager.query(
        `INSERT INTO applicant_progress ${progressRowsSql(engineOfConnection(manager.connection.options.type), `s.applicant_id IN (${marks.join(', ')})`)}`,
        ids,
      );
    }
  }

  /** Recomputes every row (after bulk loads that write the stage history directly). */
  async rebuildAll(manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM applicant_progress');
    await manager.query(
      `INSERT INTO applicant_progress ${progressRowsSql(engineOfConnection(manager.connection.options.type), '1 = 1')}`,
    );
  }
}
