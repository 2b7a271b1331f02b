import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PROGRESS_STAGES, Stage } from '@pathway/contracts';
import { progressIndex } from '@pathway/domain';
import { insertValues } from '../../database/bulk-insert';
import { StageChangeEntity } from './applicant-links.entity';
import { engineOfConnection, PROGRESS_COLUMNS, progressRowsSql } from './progress-sql';

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

  /**
   * Rows for new people whose whole history is the one change given, written directly rather than read back from
   * the history (an import adds thousands at once): exactly what `refresh` would compute from that one change.
   */
  async insertFirst(manager: EntityManager, changes: readonly { applicantId: string; to: Stage; at: Date }[]): Promise<void> {
    if (changes.length === 0) return;
    // The time as the history stores it, so both tables hold the same value.
    const atColumn = manager.connection.getMetadata(StageChangeEntity).findColumnWithPropertyName('at');
    if (!atColumn) throw new Error('stage_changes.at is not mapped');
    const rows = changes.map(({ applicantId, to, at }) => {
      const furthest = progressIndex(to);
      const reached = manager.connection.driver.preparePersistentValue(at, atColumn);
      return [
        applicantId,
        furthest,
        ...PROGRESS_STAGES.map((_, stage) => (stage <= furthest ? reached : null)),
        // Stages reached at the same moment are no days apart.
        ...PROGRESS_STAGES.slice(1).map((_, step) => (step + 1 <= furthest ? 0 : null)),
      ];
    });
    await insertValues(manager, 'applicant_progress', PROGRESS_COLUMNS, rows);
  }

  /** Recomputes every row (after bulk loads that write the stage history directly). */
  async rebuildAll(manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM applicant_progress');
    await manager.query(
      `INSERT INTO applicant_progress ${progressRowsSql(engineOfConnection(manager.connection.options.type), '1 = 1')}`,
    );
  }
}
