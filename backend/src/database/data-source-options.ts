import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as sqlite3 from 'sqlite3';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { OneStatementAtATime } from './one-statement-at-a-time';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { SqlTraceLogger } from './sql-trace-logger';

export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * The sqlite3 driver as TypeORM should load it: its connections take one statement at a time (see
 * `OneStatementAtATime`), and `verbose()`, which TypeORM calls, changes nothing. The verbose driver wraps every
 * database call to capture a stack trace and `util.inspect` its arguments (the SQL and every parameter): a large share
 * of each query's CPU time. Errors still carry SQLite's code and message, which is all the error filter reads.
 */
const SQLITE3_DRIVER = { ...sqlite3, Database: OneStatementAtATime, verbose: (): unknown => SQLITE3_DRIVER };

/**
 * Per-connection settings TypeORM has no option for: a 64 MB page cache (the default is 2 MB), memory-mapped reads
 * and in-memory temporary tables, so large sorts and scans avoid a system call per page.
 */
export const SQLITE_TUNING = ['PRAGMA cache_size = -65536', 'PRAGMA mmap_size = 268435456', 'PRAGMA temp_store = MEMORY'];

export function dataSourceOptions(database: AppConfig['database'], sqlTraceFile: string | null = null): DataSourceOptions {
  const trace = sqlTraceFile ? { logging: ['query' as const], logger: new SqlTraceLogger(sqlTraceFile) } : {};
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    ...trace,
  };
  if (database.engine === 'sqlite') {
    const file = database.file === ':memory:' ? database.file : resolve(database.file);
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
    }
    // TypeORM's sqlite driver switches foreign keys on itself; WAL lets readers run beside the writer.
    return { ...common, type: 'sqlite', driver: SQLITE3_DRIVER, database: file, enableWAL: true, busyTimeout: SQLITE_BUSY_TIMEOUT_MS };
  }
  // A schema (used by the tests to isolate parallel workers) is also put first on the search path, so hand-written
  // SQL finds its tables without qualifying them.
  const searchPath = database.schema ? { options: `-c search_path=${database.schema}` } : {};
  return { ...common, type: 'postgres', url: database.url, schema: database.schema, extra: { max: 10, ...searchPath } };
}
