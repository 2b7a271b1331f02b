import { EntityManager } from 'typeorm';
import {
  addFunnelCounts,
  cellChanges,
  cellId,
  emptyFunnelCounts,
  FunnelCellKey,
  isEmptyCounts,
  MutableFunnelCounts,
  parseCounts,
  ProgressFacts,
  serialiseCounts,
} from '@pathway/domain';

type CellChanges = ReturnType<typeof cellChanges>;

/** Cells per statement: four bound values each, well inside both engines' limits. */
const CHUNK = 500;
/** Progress rows read per statement while counting everyone again. */
const REBUILD_CHUNK = 20_000;

const KEY_COLUMNS = 'dimension, grain, period, value';

/**
 * Writes `funnel_cells`: each cell is the funnel counts of the people first met in one day or month, overall or
 * under one value of one dimension, and always equals what `applicant_progress` says of them. Only the progress
 * repository calls it, in the transaction that changes the progress rows.
 */
export class FunnelCellsRepository {
  /** Adds each change to its cell (creating or removing cells as they fill or empty). */
  async apply(manager: EntityManager, changes: CellChanges): Promise<void> {
    const postgres = manager.connection.options.type === 'postgres';
    // A fixed order, so that two writers on PostgreSQL lock shared cells in the same order and never deadlock.
    const entries = [...changes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, change]) => change);
    for (let start = 0; start < entries.length; start += CHUNK) {
      const chunk = entries.slice(start, start + CHUNK);
      const keys = chunk.flatMap(({ key }) => [key.dimension, key.grain, key.period, key.value]);
      const tuples = marks(postgres, chunk.length, 4);
      if (postgres) {
        // Another transaction may be changing the same cells: create the missing ones, then hold them all.
        const withCounts = chunk.flatMap(({ key }) => [key.dimension, key.grain, key.period, key.value, EMPTY]);
        await manager.query(
          `INSERT INTO funnel_cells (${KEY_COLUMNS}, counts) VALUES ${marks(postgres, chunk.length, 5)} ON CONFLICT DO NOTHING`,
          withCounts,
        );
      }
      const stored: { dimension: string; grain: string; period: string; value: string; counts: string }[] =
        await manager.query(
          `SELECT ${KEY_COLUMNS}, counts FROM funnel_cells WHERE (${KEY_COLUMNS}) IN (VALUES ${tuples})${postgres ? ' FOR UPDATE' : ''}`,
          keys,
        );
      const current = new Map(stored.map((row) => [cellId(row as FunnelCellKey), row.counts]));
      const kept: { key: FunnelCellKey; counts: MutableFunnelCounts }[] = [];
      const emptied: FunnelCellKey[] = [];
      for (const { key, counts } of chunk) {
        const text = current.get(cellId(key));
        const total = text ? parseCounts(text) : emptyFunnelCounts();
        addFunnelCounts(total, counts);
        if (isEmptyCounts(total)) emptied.push(key);
        else kept.push({ key, counts: total });
      }
      await this.write(manager, kept);
      if (emptied.length)
        await manager.query(
          `DELETE FROM funnel_cells WHERE (${KEY_COLUMNS}) IN (VALUES ${marks(postgres, emptied.length, 4)})`,
          emptied.flatMap((key) => [key.dimension, key.grain, key.period, key.value]),
        );
    }
  }

  /** Counts everyone again from their progress rows (after bulk loads, and to fill the table the first time). */
  async rebuild(
    manager: EntityManager,
    readFacts: (afterId: string | null, limit: number) => Promise<ProgressFacts[]>,
  ) {
    await manager.query('DELETE FROM funnel_cells');
    const totals: CellChanges = new Map();
    let afterId: string | null = null;
    for (;;) {
      const facts = await readFacts(afterId, REBUILD_CHUNK);
      if (!facts.length) break;
      for (const [id, change] of cellChanges([], facts)) {
        const total = totals.get(id);
        if (total) addFunnelCounts(total.counts, change.counts);
        else totals.set(id, change);
      }
      afterId = (facts[facts.length - 1] as ProgressFacts & { applicantId: string }).applicantId;
    }
    await this.write(manager, [...totals.values()]);
  }

  private async write(manager: EntityManager, cells: { key: FunnelCellKey; counts: MutableFunnelCounts }[]) {
    const postgres = manager.connection.options.type === 'postgres';
    for (let start = 0; start < cells.length; start += CHUNK) {
      const chunk = cells.slice(start, start + CHUNK);
      await manager.query(
        `INSERT INTO funnel_cells (${KEY_COLUMNS}, counts) VALUES ${marks(postgres, chunk.length, 5)}
         ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET counts = excluded.counts`,
        chunk.flatMap(({ key, counts }) => [key.dimension, key.grain, key.period, key.value, serialiseCounts(counts)]),
      );
    }
  }
}

const EMPTY = serialiseCounts(emptyFunnelCounts());

/** `(?, ?, …), (?, ?, …)` on SQLite, `($1, $2, …), …` on PostgreSQL. */
function marks(postgres: boolean, rows: number, columns: number): string {
  return Array.from(
    { length: rows },
    (_, row) =>
      `(${Array.from({ length: columns }, (_, column) => (postgres ? `$${row * columns + column + 1}` : '?')).join(', ')})`,
  ).join(', ');
}
