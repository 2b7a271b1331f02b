import { RejectedLine } from './import.entity';
import { CsvLine } from './csv-file';
import { PreparedImport } from './importer';

/**
 * Lines written per transaction: a failing batch leaves nothing of itself. Large enough that each commit's cost is
 * shared by many rows, small enough that other writers wait a fraction of a second behind one.
 */
const BATCH_SIZE = 5_000;

/** A file's lines in the batches an import checks and writes one after another. */
export function batchesOf(lines: CsvLine[]): CsvLine[][] {
  const batches: CsvLine[][] = [];
  for (let start = 0; start < lines.length; start += BATCH_SIZE) batches.push(lines.slice(start, start + BATCH_SIZE));
  return batches;
}

export interface CheckedBatch<T> {
  rows: T[];
  rejected: RejectedLine[];
}

/** Lines checked per turn: a few milliseconds of work, after which the batch being written takes its next step. */
const LINES_PER_TURN = 250;

/**
 * Checks a batch of lines (and plans their rows ahead, when asked), a few hundred at a time, letting whatever else
 * is waiting (the previous batch's next statement) run in between.
 */
export async function checkBatch<T>(
  prepared: PreparedImport<T>,
  lines: CsvLine[],
  planAhead: boolean,
): Promise<CheckedBatch<T>> {
  const batch: CheckedBatch<T> = { rows: [], rejected: [] };
  for (let start = 0; start < lines.length; start += LINES_PER_TURN) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const line of lines.slice(start, start + LINES_PER_TURN)) {
      const { row, errors } = prepared.check(line);
      if (row === null) batch.rejected.push({ row: line.row, values: line.values, errors });
      else {
        if (planAhead) prepared.planAhead?.(row);
        batch.rows.push(row);
      }
    }
  }
  return batch;
}
