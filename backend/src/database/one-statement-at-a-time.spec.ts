import * as sqlite3 from 'sqlite3';
import { asWriter, OneStatementAtATime } from './one-statement-at-a-time';

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
    const events: string[] = [];
    const start = sqlite3.Statement.prototype.all;
    jest.spyOn(sqlite3.Statement.prototype, 'all').mockImplementation(function (this: sqlite3.Statement, ...args) {
      events.push('start');
      return start.apply(this, args);
    });
    const query = (sql: string, parameters: unknown[] = []) =>
      new Promise<void>((resolve, reject) =>
        database.all(sql, parameters, (error: Error | null, rows: unknown[]) => {
          events.push(`done ${JSON.stringify(rows)}`);
          return error ? reject(error) : resolve();
        }),
      );
    const finished = [query('SELECT 1 AS n'), query('SELECT 2 AS n'), query('SELECT ? AS n', [3])];
    // The first goes at once; the others wait for it.
    expect(events).toEqual(['start']);
    await Promise.all(finished);
    expect(events).toEqual(['start', 'done [{"n":1}]', 'start', 'done [{"n":2}]', 'start', 'done [{"n":3}]']);
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
    await all('CREATE TABLE u (id INTEGER PRIMARY KEY)');
    const failing = all('SELECT * FROM missing'); // fails to prepare
    const conflicting = all('INSERT INTO u (id) VALUES (1), (1)'); // fails while running
    const after = all('SELECT 4 AS n');
    await expect(failing).rejects.toThrow(/no such table: missing/);
    await expect(conflicting).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await after).toEqual([{ n: 4 }]);
  });

  it("runs a writer's statements ahead of the reads waiting, in the order asked, then the reads in theirs", async () => {
    const order: string[] = [];
    const query = (label: string) =>
      new Promise<void>((resolve, reject) =>
        database.all(`SELECT '${label}' AS label`, [], (error: Error | null) => {
          order.push(label);
          return error ? reject(error) : resolve();
        }),
      );
    const reads = [query('read 1'), query('read 2'), query('read 3')];
    const write = asWriter(() => Promise.all([query('write 1'), query('write 2')]));
    const later = query('read 4');
    await Promise.all([...reads, write, later]);
    expect(order).toEqual(['read 1', 'write 1', 'write 2', 'read 2', 'read 3', 'read 4']);
  });
});
