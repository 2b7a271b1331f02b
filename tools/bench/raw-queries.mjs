// Runs an endpoint's captured SQL straight on the database, with the same driver the server uses, to show how
// much of an endpoint's time is the database's own.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import sqlite3 from 'sqlite3';

/** Statements the server ran, from its PATHWAY_SQL_TRACE file: `[{ sql, parameters }]`. Reads only. */
export function readTrace(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter(({ sql }) => !/^\s*(INSERT|UPDATE|DELETE)\b/i.test(sql));
}

/** One connection to the database, as the server has on SQLite (and one of its pool on PostgreSQL). */
export async function openDatabase(databaseUrl) {
  if (databaseUrl.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return { run: (sql, parameters) => client.query(sql, parameters), close: () => client.end() };
  }
  const database = await new Promise((resolve, reject) => {
    const opened = new sqlite3.Database(databaseUrl.slice('sqlite:'.length), sqlite3.OPEN_READONLY, (error) => (error ? reject(error) : resolve(opened)));
  });
  database.configure('busyTimeout', 10_000);
  return {
    run: (sql, parameters) => new Promise((resolve, reject) => database.all(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows)))),
    close: () => new Promise((resolve) => database.close(resolve)),
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
