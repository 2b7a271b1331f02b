import { PROGRESS_STAGES, ProgressStage } from '@pathway/contracts';

export interface FunnelStage {
  stage: ProgressStage;
  reached: number;
  /** reached(this) / reached(previous); null for the first stage or when nobody reached the previous one. */
  stepConversion: number | null;
  /** reached(this) / reached(enquiry). */
  cumulativeConversion: number | null;
  /** Median days from first reaching this stage to first reaching the next (people who did both); null if none. */
  medianDaysToNext: number | null;
}

const DAY_MS = 86_400_000;
const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 10) / 10;
}

/**
 * The funnel of a cohort. For each person, `firstReached[i]` is when they first reached progress stage i or a later
 * one (null when never): reaching a later stage counts as reaching every stage before it.
 */
export function funnel(people: readonly (readonly (Date | null)[])[]): FunnelStage[] {
  const reached = PROGRESS_STAGES.map(
    (_, index) => people.filter((times) => times[index] !== null && times[index] !== undefined).length,
  );
  return PROGRESS_STAGES.map((stage, index) => {
    const gaps =
      index + 1 < PROGRESS_STAGES.length
        ? people
            .filter((times) => times[index] && times[index + 1])
            .map((times) =>
              Math.max(0, ((times[index + 1] as Date).getTime() - (times[index] as Date).getTime()) / DAY_MS),
            )
        : [];
    return {
      stage,
      reached: reached[index],
      stepConversion: index === 0 ? null : ratio(reached[index], reached[index - 1]),
      cumulativeConversion: ratio(reached[index], reached[0]),
      medianDaysToNext: median(gaps),
    };
  });
}

/** From a person's stage history (progress index and time of each move), when they first reached each stage. */
export function firstReachedTimes(moves: readonly { index: number; at: Date }[]): (Date | null)[] {
  return PROGRESS_STAGES.map((_, stage) => {
    const times = moves.filter((move) => move.index >= stage).map((move) => move.at.getTime());
    return times.length ? new Date(Math.min(...times)) : null;
  });
}

/**
 * What a database can count for a cohort without handing over every person: how many people got at most as far
 * as each progress index (-1: only ever closed), and for each step from stage i to i+1, how many people took each
 * whole number of tenths of a day between first reaching the one and first reaching the other.
 */
export interface FunnelCounts {
  furthest: ReadonlyMap<number, number>;
  gapTenths: readonly ReadonlyMap<number, number>[];
}

/** The same funnel as `funnel`, from counts; medians are taken over gaps measured in tenths of a day. */
export function funnelFromCounts(counts: FunnelCounts): FunnelStage[] {
  const reached = PROGRESS_STAGES.map((_, index) =>
    [...counts.furthest.entries()]
      .filter(([furthest]) => furthest >= index)
      .reduce((sum, [, people]) => sum + people, 0),
  );
  return PROGRESS_STAGES.map((stage, index) => {
    const middle = medianOfCounts(counts.gapTenths[index] ?? new Map());
    return {
      stage,
      reached: reached[index],
      stepConversion: index === 0 ? null : ratio(reached[index], reached[index - 1]),
      cumulativeConversion: ratio(reached[index], reached[0]),
      medianDaysToNext: middle === null ? null : Math.round(middle) / 10,
    };
  });
}

/** The median of values given as value → how many times it occurs. */
export function medianOfCounts(histogram: ReadonlyMap<number, number>): number | null {
  const values = [...histogram.entries()].filter(([, times]) => times > 0).sort(([a], [b]) => a - b);
  const total = values.reduce((sum, [, times]) => sum + times, 0);
  if (total === 0) return null;
  const at = (position: number) => {
    let seen = 0;
    for (const [value, times] of values) {
      seen += times;
      if (position < seen) return value;
    }
    return values[values.length - 1][0];
  };
  return (at(Math.floor((total - 1) / 2)) + at(Math.floor(total / 2))) / 2;
}
