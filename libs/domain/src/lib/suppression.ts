/** AHP cohorts are tiny: any figure drawn from fewer than this many responses (or students) could name someone. */
export const MIN_GROUP_SIZE = 5;

export interface Suppressible<T> {
  value: T | null;
  /** How many records the figure is drawn from; null when suppressed, so the size itself is not revealed. */
  count: number | null;
  suppressed: boolean;
}

/** Shows a figure only when it is drawn from at least MIN_GROUP_SIZE records. */
export function suppress<T>(value: T, count: number): Suppressible<T> {
  return count >= MIN_GROUP_SIZE ? { value, count, suppressed: false } : { value: null, count: null, suppressed: true };
}

/** Nothing to show because nothing was answered: not hidden, just absent (so it never reads as "fewer than 5"). */
const ABSENT: Suppressible<never> = { value: null, count: 0, suppressed: false };

/** The mean of some scores, suppressed when there are too few; rounded to two decimals. Absent when there are none. */
export function suppressedMean(scores: readonly number[]): Suppressible<number> {
  if (scores.length === 0) return ABSENT;
  if (scores.length < MIN_GROUP_SIZE) return suppress(0, scores.length);
  return suppress(
    Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100,
    scores.length,
  );
}

/** The share of `yes` among yes/no answers (0–1, two decimals), suppressed when too few answered; absent when none. */
export function suppressedYesRate(answers: readonly boolean[]): Suppressible<number> {
  if (answers.length === 0) return ABSENT;
  const yes = answers.filter(Boolean).length;
  return suppress(Math.round((yes / answers.length) * 100) / 100, answers.length);
}
