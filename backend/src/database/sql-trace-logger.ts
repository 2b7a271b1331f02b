import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * Appends every statement TypeORM runs, with its parameters, to a file as one JSON line each: `{ sql, parameters }`.
 * Only for `npm run bench`, which replays an endpoint's statements straight on the database to show the overhead
 * of everything around them. Parameters can hold personal data, so this is never on unless PATHWAY_SQL_TRACE is set.
 */
export class SqlTraceLogger extends AbstractLogger {
  constructor(private readonly file: string) {
    super('all');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
  }

  override logQuery(query: string, parameters?: unknown[]): void {
    appendFileSync(this.file, `${JSON.stringify({ sql: query, parameters: parameters ?? [] })}\n`);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Only statements are traced (logQuery above); errors already reach the application log.
  }
}
