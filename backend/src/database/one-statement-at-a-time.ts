import { AsyncLocalStorage } from 'node:async_hooks';
import * as sqlite3 from 'sqlite3';

type Callback = (this: sqlite3.Statement, ...results: unknown[]) => void;
type Method = (this: sqlite3.Database, ...args: unknown[]) => unknown;
/** The driver's statement, as its own `Database#all` and `#run` make one (its typings leave the constructor out). */
const Statement = sqlite3.Statement as unknown as new (
  database: sqlite3.Database,
  sql: string,
  prepared: (error: Error | null) => void,
) => sqlite3.Statement;

const WRITING = new AsyncLocalStorage<true>();

/**
 * Runs a transaction whose statements go ahead of the reads waiting for the connection (see `OneStatementAtATime`).
 * Transactions run one at a time (`TransactionService`), so when one ends the marker is switched off: an
 * `AsyncLocalStorage` in use makes every promise carry it, a cost that reads should not pay while nothing writes.
 */
export function asWriter<T>(transaction: () => Promise<T>): Promise<T> {
  return WRITING.run(true, transaction).finally(() => WRITING.disable());
}

/**
 * A connection that is handed one statement at a time: the next starts as soon as the one before it is finalized.
 *
 * The sqlite3 driver runs a statement on a worker thread that holds the connection's lock until the last row, but
 * finalizes a finished statement on the main thread, which needs the same lock. With two statements in flight,
 * finalizing the first waited for the second: a report's seconds-long query froze every request meanwhile, even ones
 * that never touch the database. SQLite runs a connection's statements one at a time anyway, so queueing them here
 * loses nothing. Each statement is prepared as soon as it is asked for, and started from the finalization of the one
 * before it, so the database never waits for the event loop. Calls without a callback (none of TypeORM's) pass
 * straight through.
 *
 * Statements of a transaction run through `asWriter` skip the reads in the queue. Writes are one transaction at a
 * time, and every statement of one waited behind every read queued before it: under load, a single transaction held
 * the write lock through hundreds of reads, and the writes queued behind it took seconds. Now a transaction waits at
 * most for the statement running when it asks, and the reads wait only for the writer's statements.
 */
export class OneStatementAtATime extends sqlite3.Database {
  private readonly waiting: (() => void)[] = [];
  private readonly writerWaiting: (() => void)[] = [];
  private busy = false;

  override run(...args: unknown[]): this {
    return this.inTurn('run', sqlite3.Database.prototype.run as Method, args);
  }

  override all(...args: unknown[]): this {
    return this.inTurn('all', sqlite3.Database.prototype.all as Method, args);
  }

  private inTurn(kind: 'run' | 'all', method: Method, args: unknown[]): this {
    const callback = args.at(-1);
    if (typeof callback !== 'function') {
      method.apply(this, args);
      return this;
    }
    const [sql, ...parameters] = args.slice(0, -1);
    let failed = false;
    let release: (() => void) | null = null;
    // Prepared at once, on a worker thread (which waits its turn for the lock there), so that it is ready to run the
    // moment the statement before it is finalized. A statement that fails to prepare is finalized by the driver
    // without running anything queued on it: its error is all there is.
    const statement = new Statement(this, sql as string, (error) => {
      if (!error) return;
      failed = true;
      (callback as Callback).call(statement, error);
      release?.();
    });
    const start = () => {
      if (failed) return this.startNext();
      let released = false;
      release = () => {
        if (released) return;
        released = true;
        this.startNext();
      };
      try {
        (statement[kind] as (...args: unknown[]) => unknown).call(statement, ...parameters, callback);
      } catch (error) {
        // Should the driver refuse the call outright, it is answered like any other error and the queue moves on.
        queueMicrotask(() => (callback as Callback).call(statement, error));
      }
      statement.finalize(release);
    };
    if (this.busy) (WRITING.getStore() ? this.writerWaiting : this.waiting).push(start);
    else {
      this.busy = true;
      start();
    }
    return this;
  }

  private startNext(): void {
    const next = this.writerWaiting.shift() ?? this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }
}
