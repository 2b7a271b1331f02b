import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PROGRESS_STAGES, Stage } from '@pathway/contracts';
import { cellChanges, CohortAttributes, ProgressFacts, progressIndex } from '@pathway/domain';
import { insertValues } from '../../database/bulk-insert';
import { rawDate } from '../../database/raw-date';
import { ApplicantEntity } from './applicant.entity';
import { StageChangeEntity } from './applicant-links.entity';
import { FunnelCellsRepository } from './funnel-cells.repository';
import { engineOfConnection, PROGRESS_COLUMNS, progressRowsSql } from './progress-sql';

/** What a new person's progress row copies from their record: what funnels count them under and reach credits. */
export type NewProgressAttributes = CohortAttributes & { organisationId: string | null; eventId: string | null };

/** Days between stages all reached at once (a new person's), for each furthest stage: none apart. */
const GAPS_AT_ONCE = PROGRESS_STAGES.map((_, furthest) =>
  PROGRESS_STAGES.slice(1).map((_stage, step) => (step + 1 <= furthest ? 0 : null)),
);

/** Ids per statement: an import batch at once, well inside both engines' limits on bound parameters. */
const CHUNK = 5_000;

const GAP_COLUMNS = PROGRESS_STAGES.slice(0, -1).map((_, step) => `gap_${step}`);
const FACT_COLUMNS = `applicant_id, furthest, ${GAP_COLUMNS.join(', ')}, cohort_at, source, campaign_id, region, owner_id, professions`;

type FactRow = Record<string, string | number | Date | null>;

/** A progress row as the funnel counts it. */
export function progressFacts(row: FactRow): ProgressFacts & { applicantId: string } {
  return {
    applicantId: String(row['applicant_id']),
    furthest: Number(row['furthest']),
    gaps: GAP_COLUMNS.map((column) => (row[column] === null ? null : Number(row[column]))),
    cohortAt: row['cohort_at'] === null ? null : rawDate(row['cohort_at'] as string | Date),
    source: row['source'] as string | null,
    campaignId: row['campaign_id'] as string | null,
    region: row['region'] as string | null,
    ownerId: row['owner_id'] as string | null,
    professions: row['professions'] ? (JSON.parse(String(row['professions'])) as string[]) : [],
  };
}

/**
 * Keeps `applicant_progress` (how far each person got, and when, what they are counted under and what reach credits
 * them to) equal to what their stage history and record say, and the funnel's pre-counted cells equal to the
 * progress rows. Every write to `stage_changes`, and every change to a person's first contact, source, campaign,
 * region, owner, professions, school or college, or first-contact event, calls `refresh` for the people it touched,
 * in the same transaction, so they never disagree; the row is recomputed from the whole history rather than patched,
 * so no move can be counted twice.
 */
@Injectable()
export class ApplicantProgressRepository {
  private readonly cells = new FunnelCellsRepository();

  async refresh(manager: EntityManager, applicantIds: readonly string[]): Promise<void> {
    for (const ids of chunks(applicantIds)) {
      const before = await this.facts(manager, ids);
      await this.rewrite(manager, ids);
      await this.cells.apply(manager, cellChanges(before, await this.facts(manager, ids)));
    }
  }

  /**
   * Rows for new people whose whole history is the one change given, written directly rather than read back from
   * the history (an import adds thousands at once): exactly what `refresh` would compute from that one change and
   * the record just written; the cells count them in.
   */
  async insertFirst(
    manager: EntityManager,
    people: readonly { applicantId: string; to: Stage; at: Date; cohort: NewProgressAttributes }[],
  ): Promise<void> {
    if (people.length === 0) return;
    // Times as the history and the record store them, so the tables hold the same values.
    const column = (entity: typeof StageChangeEntity | typeof ApplicantEntity, property: string) => {
      const found = manager.connection.getMetadata(entity).findColumnWithPropertyName(property);
      if (!found) throw new Error(`${property} is not mapped`);
      // A batch shares one moment (and often one first-contact date): the last answer is kept for the next row.
      let last: Date | null = null;
      let stored: unknown = null;
      return (value: Date | null) => {
        if (value === null) return null;
        if (value.getTime() !== last?.getTime()) {
          last = value;
          stored = manager.connection.driver.preparePersistentValue(value, found);
        }
        return stored;
      };
    };
    const storedAt = column(StageChangeEntity, 'at');
    const storedCohortAt = column(ApplicantEntity, 'firstContactAt');
    const facts: ProgressFacts[] = [];
    const rows = people.map(({ applicantId, to, at, cohort }) => {
      const furthest = progressIndex(to);
      const reached = storedAt(at);
      // Stages reached at the same moment are no days apart.
      const gaps = GAPS_AT_ONCE[furthest];
      const professions = cohort.professions.length > 1 ? [...new Set(cohort.professions)].sort() : cohort.professions;
      const { cohortAt, source, campaignId, region, ownerId } = cohort;
      facts.push({ furthest, gaps, cohortAt, source, campaignId, region, ownerId, professions });
      const row: unknown[] = [applicantId, furthest];
      for (let stage = 0; stage < PROGRESS_STAGES.length; stage++) row.push(stage <= furthest ? reached : null);
      row.push(...gaps, storedCohortAt(cohortAt), source, campaignId, region, ownerId);
      row.push(professions.length ? JSON.stringify(professions) : '[]', cohort.organisationId, cohort.eventId);
      return row;
    });
    await insertValues(manager, 'applicant_progress', PROGRESS_COLUMNS, rows);
    await this.cells.apply(manager, cellChanges([], facts));
  }

  /** Progress rows alone, for bulk loads that count the cells once at the end (`rebuildCells`). */
  async refreshRows(manager: EntityManager, applicantIds: readonly string[]): Promise<void> {
    for (const ids of chunks(applicantIds)) await this.rewrite(manager, ids);
  }

  /** Before people are deleted: their rows go, and the cells stop counting them. */
  async remove(manager: EntityManager, applicantIds: readonly string[]): Promise<void> {
    for (const ids of chunks(applicantIds)) {
      const before = await this.facts(manager, ids);
      await manager.query(`DELETE FROM applicant_progress WHERE applicant_id IN (${marks(manager, ids)})`, ids);
      await this.cells.apply(manager, cellChanges(before, []));
    }
  }

  /** Recomputes every row and cell (after bulk loads that write the stage history directly). */
  async rebuildAll(manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM applicant_progress');
    await manager.query(
      `INSERT INTO applicant_progress ${progressRowsSql(engineOfConnection(manager.connection.options.type), '1 = 1')}`,
    );
    await this.rebuildCells(manager);
  }

  async rebuildCells(manager: EntityManager): Promise<void> {
    const postgres = manager.connection.options.type === 'postgres';
    await this.cells.rebuild(manager, async (afterId, limit) => {
      const rows: FactRow[] = await manager.query(
        `SELECT ${FACT_COLUMNS} FROM applicant_progress ${afterId === null ? '' : `WHERE applicant_id > ${postgres ? '$1' : '?'}`}
         ORDER BY applicant_id LIMIT ${limit}`,
        afterId === null ? [] : [afterId],
      );
      return rows.map(progressFacts);
    });
  }

  private async rewrite(manager: EntityManager, ids: string[]): Promise<void> {
    const list = marks(manager, ids);
    await manager.query(`DELETE FROM applicant_progress WHERE applicant_id IN (${list})`, ids);
    await manager.query(
      `INSERT INTO applicant_progress ${progressRowsSql(engineOfConnection(manager.connection.options.type), `s.applicant_id IN (${list})`)}`,
      ids,
    );
  }

  private async facts(manager: EntityManager, ids: string[]): Promise<ProgressFacts[]> {
    const rows: FactRow[] = await manager.query(
      `SELECT ${FACT_COLUMNS} FROM applicant_progress WHERE applicant_id IN (${marks(manager, ids)})`,
      ids,
    );
    return rows.map(progressFacts);
  }
}

function chunks(applicantIds: readonly string[]): string[][] {
  const unique = [...new Set(applicantIds)];
  return Array.from({ length: Math.ceil(unique.length / CHUNK) }, (_, index) =>
    unique.slice(index * CHUNK, (index + 1) * CHUNK),
  );
}

function marks(manager: EntityManager, ids: string[]): string {
  return ids.map((_, index) => (manager.connection.options.type === 'postgres' ? `$${index + 1}` : '?')).join(', ');
}
