// Runs an endpoint's captured SQL straight on the database, with the same driver the server uses, to show how
// much of an endpoint's time is the database's own.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import sqlite3 from 'sqlite3';

/** Statements the server ran, from its PATHWAY_SQL_TRACE file: `[{ sql, parameters }]`. Reads only, unless `writes`. */
export function readTrace(file, { writes = false } = {}) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter(({ sql }) => writes || !/^\s*(INSERT|UPDATE|DELETE)\b/i.test(sql));
}

/**
 * One connection to the database, as the server has on SQLite (and one of its pool on PostgreSQL); read-only on
 * SQLite unless `writable`.
 */
export async function openDatabase(databaseUrl, { writable = false } = {}) {
  if (databaseUrl.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return {
      run: async (sql, parameters) => (await client.query(sql, parameters)).rows,
      close: () => client.end(),
      placeholder: (index) => `$${index + 1}`,
    };
  }
  const mode = writable ? sqlite3.OPEN_READWRITE : sqlite3.OPEN_READONLY;
  const database = await new Promise((resolve, reject) => {
    const opened = new sqlite3.Database(databaseUrl.slice('sqlite:'.length), mode, (error) => (error ? reject(error) : resolve(opened)));
  });
  database.configure('busyTimeout', 10_000);
  // The server's own per-connection settings (SQLITE_TUNING in backend/src/database/data-source-options.ts), so that
  // the raw figure is the same database work the endpoint waits for.
  for (const pragma of ['PRAGMA cache_size = -65536', 'PRAGMA mmap_size = 268435456', 'PRAGMA temp_store = MEMORY']) {
    await new Promise((resolve, reject) => database.run(pragma, (error) => (error ? reject(error) : resolve())));
  }
  return {
    run: (sql, parameters) => new Promise((resolve, reject) => database.all(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows)))),
    close: () => new Promise((resolve) => database.close(resolve)),
    placeholder: () => '?',
  };
}

/** Mean milliseconds to run the statements once, in order, over repeated runs (at least 5, for about a second). */
export async function timeStatements(database, statements) {
  for (const { sql, parameters } of statements) await database.run(sql, parameters); // warm the cache
  const started = performance.now();
  let runs = 0;
  while (runs < 5 || (performance.now() - started < 1_000 && runs < 2_000)) {
    for (const { sql, parameters } of statements) await database.run(sql, parameters);
    runs++;
  }
  return (performance.now() - started) / runs;
}

/** Milliseconds to run the statements once, in order (writes included: they cannot be run twice). */
export async function timeOnce(database, statements) {
  const started = performance.now();
  for (const { sql, parameters } of statements) await database.run(sql, parameters);
  return performance.now() - started;
}

/**
 * Removes what an undone import leaves behind (its record, its audit entries and those of the people it created),
 * so that its traced statements can write the same rows again.
 */
export async function forgetImport(database, importId) {
  const one = database.placeholder(0);
  const [record] = await database.run(`SELECT created_ids FROM imports WHERE id = ${one}`, [importId]);
  const created = typeof record.created_ids === 'string' ? JSON.parse(record.created_ids) : record.created_ids;
  for (let start = 0; start < created.length; start += 500) {
    const ids = created.slice(start, start + 500);
    const list = ids.map((_, index) => database.placeholder(index)).join(', ');
    await database.run(`DELETE FROM audit_entries WHERE entity = 'applicant' AND entity_id IN (${list})`, ids);
  }
  await database.run(`DELETE FROM audit_entries WHERE entity = 'import' AND entity_id = ${one}`, [importId]);
  await database.run(`DELETE FROM imports WHERE id = ${one}`, [importId]);
}
