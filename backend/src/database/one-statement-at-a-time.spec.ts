import * as sqlite3 from 'sqlite3';
import { OneStatementAtATime } from './one-statement-at-a-time';

describe('OneStatementAtATime', () => {
  let database: OneStatementAtATime;

  beforeEach(async () => {
    database = await new Promise<OneStatementAtATime>((resolve, reject) => {
      const opened = new OneStatementAtATime(':memory:', (error) => (error ? reject(error) : resolve(opened)));
    });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await new Promise((resolve) => database.close(resolve));
  });

  const all = (sql: string, parameters: unknown[] = []) =>
    new Promise<unknown[]>((resolve, reject) =>
      database.all(sql, parameters, (error: Error | null, rows: unknown[]) => (error ? reject(error) : resolve(rows))),
    );

  it('hands the driver the next statement only once the one before it has finished', async () => {
    const started = jest.spyOn(sqlite3.Database.prototype, 'all');
    const first = all('SELECT 1 AS n');
    const second = all('SELECT 2 AS n');
    const third = all('SELECT ? AS n', [3]);
    // Queued behind a promise, so not even the first has reached the driver yet.
    expect(started).not.toHaveBeenCalled();
    expect(await first).toEqual([{ n: 1 }]);
    // The second waits for the first statement's finalization, which follows its callback.
    expect(started).toHaveBeenCalledTimes(1);
    expect(await Promise.all([second, third])).toEqual([[{ n: 2 }], [{ n: 3 }]]);
    expect(started).toHaveBeenCalledTimes(3);
  });

  it("gives each callback its statement, with the insert's id and the rows changed, as TypeORM reads them", async () => {
    await all('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
    const run = (sql: string, parameters: unknown[]) =>
      new Promise<{ lastID: number; changes: number }>((resolve, reject) =>
        database.run(sql, parameters, function (this: sqlite3.RunResult, error: Error | null) {
          if (error) reject(error);
          else resolve({ lastID: this.lastID, changes: this.changes });
        }),
      );
    expect(await run('INSERT INTO t (v) VALUES (?)', ['a'])).toEqual({ lastID: 1, changes: 1 });
    expect(await run('INSERT INTO t (v) VALUES (?), (?)', ['b', 'c'])).toMatchObject({ lastID: 3, changes: 2 });
    expect(await run('UPDATE t SET v = ?', ['z'])).toMatchObject({ changes: 3 });
  });

  it('passes errors on and carries on with the statements after them', async () => {
    const failing = all('SELECT * FROM missing');
    const after = all('SELECT 4 AS n');
    await expect(failing).rejects.toThrow(/no such table: missing/);
    expect(await after).toEqual([{ n: 4 }]);
  });
});
