import * as sqlite3 from 'sqlite3';

type Callback = (this: sqlite3.Statement, ...results: unknown[]) => void;
type Method = (this: sqlite3.Database, ...args: unknown[]) => unknown;

/**
 * A connection that is handed one statement at a time: the next starts once the one before it has been finalized.
 *
 * The sqlite3 driver runs a statement on a worker thread that holds the connection's lock until the last row, but
 * finalizes a finished statement on the main thread, which needs the same lock. With two statements in flight,
 * finalizing the first waited for the second: a report's seconds-long query froze every request meanwhile, even ones
 * that never touch the database. SQLite runs a connection's statements one at a time anyway, so queueing them here
 * loses nothing. Calls without a callback (none of TypeORM's) pass straight through.
 */
export class OneStatementAtATime extends sqlite3.Database {
  private queue: Promise<void> = Promise.resolve();

  override run(...args: unknown[]): this {
    return this.inTurn(sqlite3.Database.prototype.run as Method, args);
  }

  override all(...args: unknown[]): this {
    return this.inTurn(sqlite3.Database.prototype.all as Method, args);
  }

  private inTurn(method: Method, args: unknown[]): this {
    const callback = args.at(-1);
    if (typeof callback !== 'function') {
      method.apply(this, args);
      return this;
    }
    this.queue = this.queue.then(
      () =>
        new Promise<void>((finalized) => {
          method.apply(this, [
            ...args.slice(0, -1),
            function (this: sqlite3.Statement, ...results: unknown[]) {
              // The driver finalizes the statement as soon as this callback returns, on this same thread.
              setImmediate(finalized);
              (callback as Callback).apply(this, results);
            },
          ]);
        }),
    );
    return this;
  }
}
