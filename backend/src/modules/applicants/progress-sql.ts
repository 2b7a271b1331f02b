import { PROGRESS_STAGES } from '@pathway/contracts';
import { progressIndexSql } from '@pathway/domain';

type Engine = 'sqlite' | 'postgres';

const STEPS = PROGRESS_STAGES.slice(0, -1).map((_, index) => index);

/** The columns of `applicant_progress`, in the order `progressRowsSql` selects them. */
export const PROGRESS_COLUMNS = [
  'applicant_id',
  'furthest',
  ...PROGRESS_STAGES.map((_, index) => `reached_${index}`),
  ...STEPS.map((step) => `gap_${step}`),
];

export function engineOfConnection(type: string): Engine {
  return type === 'postgres' ? 'postgres' : 'sqlite';
}

/** `(columns) SELECT …` for `INSERT INTO applicant_progress`: see `progressSelectSql`. */
export function progressRowsSql(engine: Engine, where: string): string {
  return `(${PROGRESS_COLUMNS.join(', ')}) ${progressSelectSql(engine, where)}`;
}

/**
 * One progress row per person with any stage history matching `where` (over `stage_changes s`): the furthest
 * progress stage they reached (-1 if only ever closed); when they first reached each stage or a later one
 * (reaching a later stage counts as reaching every stage before it, as the funnel counts it); and for each step,
 * the whole tenths of a day from first reaching stage i to first reaching stage i+1 (null unless both).
 */
export function progressSelectSql(engine: Engine, where: string): string {
  const index = progressIndexSql('s.to_stage');
  const reached = PROGRESS_STAGES.map(
    (_, stage) => `MIN(CASE WHEN ${index} >= ${stage} THEN s.at END) AS reached_${stage}`,
  );
  const gaps = STEPS.map(
    (step) => `${tenthsOfDaySql(engine, `h.reached_${step + 1}`, `h.reached_${step}`)} AS gap_${step}`,
  );
  return `SELECT h.*, ${gaps.join(', ')} FROM (
    SELECT s.applicant_id AS applicant_id, MAX(${index}) AS furthest, ${reached.join(', ')}
    FROM stage_changes s WHERE ${where} GROUP BY s.applicant_id) h`;
}

/** Whole tenths of a day from `earlier` to `later`: the resolution of the funnel's medians. */
function tenthsOfDaySql(engine: Engine, later: string, earlier: string): string {
  const days =
    engine === 'postgres'
      ? `EXTRACT(EPOCH FROM (${later} - ${earlier})) / 86400.0`
      : `(julianday(${later}) - julianday(${earlier}))`;
  return `CAST(ROUND(${days} * 10) AS INTEGER)`;
}
