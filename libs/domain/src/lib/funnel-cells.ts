import { PROGRESS_STAGES } from '@pathway/contracts';
import { FunnelCounts } from './funnel';

/**
 * Funnel figures pre-counted per cohort day and month, so a funnel over a million people adds up a few hundred
 * cells instead of reading everyone. A cell holds the same counts a funnel is computed from (`FunnelCounts`) for
 * the people whose first contact fell in its period, overall or for one value of one dimension.
 */

/** What a cohort can be narrowed or broken down by, besides its period; `all` is everyone. */
export const FUNNEL_DIMENSIONS = ['all', 'source', 'campaign', 'region', 'owner', 'profession'] as const;
export type FunnelDimension = (typeof FUNNEL_DIMENSIONS)[number];

/** `d`: one UTC day (`YYYY-MM-DD`); `m`: one UTC month (`YYYY-MM`). People without a first contact: period `''`. */
export type CellGrain = 'd' | 'm';

export interface FunnelCellKey {
  dimension: FunnelDimension;
  grain: CellGrain;
  period: string;
  /** The dimension's value (`''` when not recorded, and for `all`). */
  value: string;
}

/** How far one person got (progress index, -1 if only ever closed) and their gaps in tenths of a day per step. */
export interface ProgressOutcome {
  furthest: number;
  gaps: readonly (number | null)[];
}

/** What a person is counted under: when they were first met, and the values of each dimension. */
export interface CohortAttributes {
  cohortAt: Date | null;
  source: string | null;
  campaignId: string | null;
  region: string | null;
  ownerId: string | null;
  professions: readonly string[];
}

export type ProgressFacts = ProgressOutcome & CohortAttributes;

export interface MutableFunnelCounts extends FunnelCounts {
  furthest: Map<number, number>;
  gapTenths: Map<number, number>[];
}

const STEPS = PROGRESS_STAGES.length - 1;

/**
 * The resolution gaps are counted at, so that a cell's counts stay small: tenths of a day below 10 days, whole
 * days below 100 days, five days beyond. A median is therefore within 0.05, 0.5 or 2.5 days of the exact one.
 */
export function gapBucket(tenths: number): number {
  if (tenths < 100) return tenths;
  if (tenths < 1_000) return Math.round(tenths / 10) * 10;
  return Math.round(tenths / 50) * 50;
}

export function emptyFunnelCounts(): MutableFunnelCounts {
  return { furthest: new Map(), gapTenths: Array.from({ length: STEPS }, () => new Map()) };
}

function bump(histogram: Map<number, number>, key: number, by: number): void {
  const next = (histogram.get(key) ?? 0) + by;
  if (next === 0) histogram.delete(key);
  else histogram.set(key, next);
}

/** Counts one person in (`sign` 1) or out (-1), with their gaps at `gapBucket` resolution. */
export function addOutcome(into: MutableFunnelCounts, outcome: ProgressOutcome, sign: 1 | -1 = 1): void {
  bump(into.furthest, outcome.furthest, sign);
  outcome.gaps.forEach((gap, step) => {
    if (gap !== null && gap !== undefined) bump(into.gapTenths[step], gapBucket(gap), sign);
  });
}

/** Adds (or with `sign` -1, takes away) counts of people counted elsewhere. */
export function addFunnelCounts(into: MutableFunnelCounts, from: FunnelCounts, sign: 1 | -1 = 1): void {
  from.furthest.forEach((people, furthest) => bump(into.furthest, furthest, sign * people));
  from.gapTenths.forEach((histogram, step) =>
    histogram.forEach((people, tenths) => bump((into.gapTenths[step] ??= new Map()), tenths, sign * people)),
  );
}

/** Exact gap histograms (as a database groups them) brought to `gapBucket` resolution. */
export function bucketedCounts(exact: FunnelCounts): MutableFunnelCounts {
  const counts = emptyFunnelCounts();
  exact.furthest.forEach((people, furthest) => bump(counts.furthest, furthest, people));
  exact.gapTenths.forEach((histogram, step) =>
    histogram.forEach((people, tenths) => bump(counts.gapTenths[step], gapBucket(tenths), people)),
  );
  return counts;
}

export const isEmptyCounts = (counts: FunnelCounts) =>
  counts.furthest.size === 0 && counts.gapTenths.every((histogram) => histogram.size === 0);

/** Cell counts as stored: `{"f":[[furthest,people],…],"g":[[[tenths,people],…],…]}`. */
export function serialiseCounts(counts: FunnelCounts): string {
  return JSON.stringify({ f: [...counts.furthest], g: counts.gapTenths.map((histogram) => [...histogram]) });
}

export function parseCounts(text: string): MutableFunnelCounts {
  const stored = JSON.parse(text) as { f: [number, number][]; g: [number, number][][] };
  const counts = emptyFunnelCounts();
  for (const [furthest, people] of stored.f) counts.furthest.set(furthest, people);
  stored.g.forEach((pairs, step) => pairs.forEach(([tenths, people]) => counts.gapTenths[step].set(tenths, people)));
  return counts;
}

export const cellId = (key: FunnelCellKey) => `${key.dimension}|${key.grain}|${key.period}|${key.value}`;

/** The cells one person is counted in: for their day and their month, overall and under each dimension's value. */
export function cellKeysOf(person: CohortAttributes): FunnelCellKey[] {
  const iso = person.cohortAt?.toISOString() ?? '';
  const values: [FunnelDimension, string][] = [
    ['all', ''],
    ['source', person.source ?? ''],
    ['campaign', person.campaignId ?? ''],
    ['region', person.region ?? ''],
    ['owner', person.ownerId ?? ''],
    ...(person.professions.length
      ? [...new Set(person.professions)].map((code): [FunnelDimension, string] => ['profession', code])
      : [['profession', ''] as [FunnelDimension, string]]),
  ];
  return (['d', 'm'] as const).flatMap((grain) => {
    const period = iso.slice(0, grain === 'd' ? 10 : 7);
    return values.map(([dimension, value]) => ({ dimension, grain, period, value }));
  });
}

/**
 * The change to the cells when people's progress rows go from `before` to `after` (either may miss a person):
 * cell id → its key and the counts to add (negative where people leave it). Cells that do not change are left out.
 */
export function cellChanges(
  before: readonly ProgressFacts[],
  after: readonly ProgressFacts[],
): Map<string, { key: FunnelCellKey; counts: MutableFunnelCounts }> {
  // People counted under the same cells (an import batch: one day, one source, one owner) are added up first, so
  // each group's cells are worked out and touched once, not once per person.
  const groups = new Map<string, { person: CohortAttributes; counts: MutableFunnelCounts }>();
  // A batch's people mostly share one first-contact moment: its day is worked out once.
  let lastTime = NaN;
  let lastDay = '';
  const dayOf = (cohortAt: Date | null) => {
    if (!cohortAt) return '';
    if (cohortAt.getTime() !== lastTime) {
      lastTime = cohortAt.getTime();
      lastDay = cohortAt.toISOString().slice(0, 10);
    }
    return lastDay;
  };
  const group = (person: ProgressFacts, sign: 1 | -1) => {
    const professions = person.professions.length > 1 ? [...new Set(person.professions)].sort() : person.professions;
    // Joined with a control character no code, id or region holds (cheaper than JSON for 50,000 people).
    const id = [
      dayOf(person.cohortAt),
      person.source ?? '',
      person.campaignId ?? '',
      person.region ?? '',
      person.ownerId ?? '',
      ...professions,
    ].join('\u0001');
    let found = groups.get(id);
    if (!found) groups.set(id, (found = { person, counts: emptyFunnelCounts() }));
    addOutcome(found.counts, person, sign);
  };
  before.forEach((person) => group(person, -1));
  after.forEach((person) => group(person, 1));
  const changes = new Map<string, { key: FunnelCellKey; counts: MutableFunnelCounts }>();
  for (const { person, counts } of groups.values()) {
    if (isEmptyCounts(counts)) continue;
    for (const key of cellKeysOf(person)) {
      const id = cellId(key);
      let change = changes.get(id);
      if (!change) changes.set(id, (change = { key, counts: emptyFunnelCounts() }));
      addFunnelCounts(change.counts, counts);
    }
  }
  for (const [id, change] of changes) if (isEmptyCounts(change.counts)) changes.delete(id);
  return changes;
}

/** Half-open ranges of periods (`from` included, `to` excluded; missing = open) to add up cells over. */
export interface CellRange {
  grain: CellGrain;
  from?: string;
  to?: string;
}

/**
 * How to count a cohort whose first contact falls in [from, to) (either end open): whole UTC months from month
 * cells, whole UTC days at either end from day cells, and the parts of a day at either end person by person.
 * Every instant of the period is covered exactly once.
 */
export interface CohortPlan {
  cells: CellRange[];
  people: { from?: Date; to?: Date }[];
}

const DAY_MS = 86_400_000;
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);
const monthOf = (instant: Date) => instant.toISOString().slice(0, 7);
const floorDay = (instant: Date) => new Date(Math.floor(instant.getTime() / DAY_MS) * DAY_MS);
const ceilDay = (instant: Date) => new Date(Math.ceil(instant.getTime() / DAY_MS) * DAY_MS);
const floorMonth = (instant: Date) => new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1));
const ceilMonth = (instant: Date) => {
  const floor = floorMonth(instant);
  return floor.getTime() === instant.getTime()
    ? floor
    : new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() + 1, 1));
};

export function cohortPlan(from?: Date, to?: Date): CohortPlan {
  const plan: CohortPlan = { cells: [], people: [] };
  const dayStart = from && ceilDay(from);
  const dayEnd = to && floorDay(to);
  if (dayStart && dayEnd && dayStart.getTime() >= dayEnd.getTime()) {
    plan.people.push({ from, to });
    return plan;
  }
  if (from && dayStart && from.getTime() < dayStart.getTime()) plan.people.push({ from, to: dayStart });
  if (to && dayEnd && dayEnd.getTime() < to.getTime()) plan.people.push({ from: dayEnd, to });
  const monthStart = dayStart && ceilMonth(dayStart);
  const monthEnd = dayEnd && floorMonth(dayEnd);
  if (dayStart && dayEnd && monthStart && monthEnd && monthStart.getTime() >= monthEnd.getTime()) {
    plan.cells.push({ grain: 'd', from: dayOf(dayStart), to: dayOf(dayEnd) });
    return plan;
  }
  plan.cells.push({ grain: 'm', from: monthStart && monthOf(monthStart), to: monthEnd && monthOf(monthEnd) });
  if (dayStart && monthStart && dayStart.getTime() < monthStart.getTime())
    plan.cells.push({ grain: 'd', from: dayOf(dayStart), to: dayOf(monthStart) });
  if (dayEnd && monthEnd && monthEnd.getTime() < dayEnd.getTime())
    plan.cells.push({ grain: 'd', from: dayOf(monthEnd), to: dayOf(dayEnd) });
  return plan;
}
