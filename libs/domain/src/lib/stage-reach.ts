import { PROGRESS_STAGES, ProgressStage } from '@pathway/contracts';

/**
 * A person has reached a stage if their history ever reached it or a later one. Given how many people got at most
 * as far as each stage (by progress index), answers how many reached each stage.
 */
export function reachedFromFurthest(furthestCounts: ReadonlyMap<number, number>): { stage: ProgressStage; count: number }[] {
  return PROGRESS_STAGES.map((stage, index) => ({
    stage,
    count: [...furthestCounts.entries()].filter(([furthest]) => furthest >= index).reduce((sum, [, count]) => sum + count, 0),
  }));
}

/** SQL CASE expression giving the progress index (0–5) of a stage column; closed and unknown give -1. */
export function progressIndexSql(column: string): string {
  return `CASE ${column} ${PROGRESS_STAGES.map((stage, index) => `WHEN '${stage}' THEN ${index}`).join(' ')} ELSE -1 END`;
}
