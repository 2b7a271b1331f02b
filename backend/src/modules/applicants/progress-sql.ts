import { PROGRESS_STAGES } from '@pathway/contracts';
import { progressIndexSql } from '@pathway/domain';

type Engine = 'sqlite' | 'postgres';

const STEPS = PROGRESS_STAGES.slice(0, -1).map((_, index) => index);

/** What a person is counted under in a funnel, copied from `applicants` when their progress row is written. */
export const COHORT_COLUMNS = ['cohort_at', 'source', 'campaign_id', 'region', 'owner_id', 'professions'];

/** What the reach report credits a person to: their school or college, and their first-contact event's host. */
export const CREDIT_COLUMNS = ['organisation_id', 'event_id'];

/** The columns of `applicant_progress`, in the order `progressRowsSql` selects them. */
export const PROGRESS_COLUMNS = [
  'applicant_id',
  'furthest',
  ...PROGRESS_STAGES.map((_, index) => `reached_${index}`),
  ...STEPS.map((step) => `gap_${step}`),
  ...COHORT_COLUMNS,
  ...CREDIT_COLUMNS,
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
 * (reaching a later stage counts as reaching every stage before it, as the funnel counts it); for each step,
 * the whole tenths of a day from first reaching stage i to first reaching stage i+1 (null unless both); and what
 * they are counted under (first contact, source, campaign, region, owner, professions as a JSON array), and what
 * reach credits them to (school or college, first-contact event).
 */
export function progressSelectSql(engine: Engine, where: string): string {
  const index = progressIndexSql('s.to_stage');
  const reached = PROGRESS_STAGES.map(
    (_, stage) => `MIN(CASE WHEN ${index} >= ${stage} THEN s.at END) AS reached_${stage}`,
  );
  const gaps = STEPS.map(
    (step) => `${tenthsOfDaySql(engine, `h.reached_${step + 1}`, `h.reached_${step}`)} AS gap_${step}`,
  );
  const professions =
    engine === 'postgres'
      ? `(SELECT COALESCE('[' || string_agg(to_json(pp.profession_code)::text, ',' ORDER BY pp.profession_code) || ']', '[]')
          FROM applicant_professions pp WHERE pp.applicant_id = h.applicant_id)`
      : `(SELECT json_group_array(o.profession_code) FROM (SELECT pp.profession_code FROM applicant_professions pp
          WHERE pp.applicant_id = h.applicant_id ORDER BY pp.profession_code) o)`;
  return `SELECT h.*, ${gaps.join(', ')}, a.first_contact_at AS cohort_at, a.source AS source,
    a.campaign_id AS campaign_id, a.region AS region, a.owner_id AS owner_id, ${professions} AS professions,
    a.organisation_id AS organisation_id, a.event_id AS event_id
    FROM (SELECT s.applicant_id AS applicant_id, MAX(${index}) AS furthest, ${reached.join(', ')}
    FROM stage_changes s WHERE ${where} GROUP BY s.applicant_id) h
    INNER JOIN applicants a ON a.id = h.applicant_id`;
}

/** Whole tenths of a day from `earlier` to `later`: the resolution of the funnel's medians. */
function tenthsOfDaySql(engine: Engine, later: string, earlier: string): string {
  const days =
    engine === 'postgres'
      ? `EXTRACT(EPOCH FROM (${later} - ${earlier})) / 86400.0`
      : `(julianday(${later}) - julianday(${earlier}))`;
  return `CAST(ROUND(${days} * 10) AS INTEGER)`;
}
