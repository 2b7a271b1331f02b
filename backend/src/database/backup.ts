import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as sqlite3 from 'sqlite3';
import { AppConfig } from '../config/app-config';

const run = promisify(execFile);

/** `backups/pathway-2026-11-25T10-14-00.sqlite` (or `.dump` for PostgreSQL), next to the working folder. */
export function defaultBackupFile(config: AppConfig, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return join('backups', `pathway-${stamp}.${config.database.engine === 'sqlite' ? 'sqlite' : 'dump'}`);
}

/**
 * An online backup, safe while Pathway runs: SQLite's `VACUUM INTO` writes a consistent, compact copy from one read
 * transaction; PostgreSQL's `pg_dump` writes a custom-format dump (of the configured schema only, when there is one).
 * Answers the file written; never overwrites one.
 */
export async function backupDatabase(config: AppConfig, target = defaultBackupFile(config)): Promise<string> {
  if (existsSync(target)) throw new Error(`${target} exists already; choose another file`);
  mkdirSync(dirname(target), { recursive: true });
  if (config.database.engine === 'sqlite') {
    await vacuumInto(config.database.file, target);
  } else {
    const schema = config.database.schema ? ['--schema', config.database.schema] : [];
    await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', ...schema, '--file', target, config.database.url]);
  }
  return target;
}

function vacuumInto(file: string, target: string): Promise<void> {
  if (!existsSync(file)) return Promise.reject(new Error(`There is no database at ${file}`));
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (opened) => {
      if (opened) return reject(opened);
      database.configure('busyTimeout', 10_000);
      database.run('VACUUM INTO ?', [target], (failed) => database.close(() => (failed ? reject(failed) : resolve())));
    });
  });
}

/** A PostgreSQL client tool from PATH, else from Debian's versioned folders (newest first). */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return name;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((version) => join(root, version, 'bin', name)).find((path) => existsSync(path));
  return found ?? name;
}
