import { STUDENT_STATUSES, StudentStatus } from '@pathway/contracts';

export type StatusCounts = Record<StudentStatus, number>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STUDENT_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** Retention = (active + completed) / enrolled, where enrolled counts every student of the cohort; null for none. */
export function retentionRate(counts: StatusCounts): number | null {
  const enrolled = STUDENT_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  if (enrolled === 0) return null;
  return Math.round(((counts.active + counts.completed) / enrolled) * 1000) / 1000;
}

/** At risk: the student's latest response scored overall 2 or below (of 5), or raised a concern. */
export function isAtRisk(overall: number | null | undefined, concernRaised: boolean): boolean {
  return concernRaised || (typeof overall === 'number' && overall <= 2);
}
