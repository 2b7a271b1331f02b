import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Bound parameters per statement: well inside SQLite's 32,766 and PostgreSQL's 65,535, and small enough that one
 * statement never holds the write lock for long.
 */
const MAX_PARAMETERS = 8_000;

/** The value a column gets when the row leaves it out: its creation time, version 1, its default, else null. */
function missingValue(column: ColumnMetadata, now: Date): unknown {
  if (column.isCreateDate || column.isUpdateDate) return now;
  if (column.isVersion) return 1;
  if (column.default !== undefined && typeof column.default !== 'function') return column.default;
  return null;
}

/**
 * Inserts many rows of one entity with multi-row INSERT statements (as few as the parameter limit allows), inside the
 * caller's transaction. Values are converted exactly as TypeORM converts them (by the driver), but
 * the statements are built directly: for thousands of rows the query builder costs far more than the database.
 * Nothing is read back, so rows must carry their ids.
 */
export async function insertMany<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const postgres = driver.options.type === 'postgres';
  const columns = metadata.columns.filter((column) => !column.isVirtual && !column.isGenerated);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const table = metadata.tablePath
    .split('.')
    .map((part) => driver.escape(part))
    .join('.');
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const now = new Date();
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        const given = column.getEntityValue(row as ObjectLiteral);
        // The driver applies the column's transformer, then converts for the engine.
        const prepared = driver.preparePersistentValue(given === undefined ? missingValue(column, now) : given, column);
        // NULL needs no parameter: most optional fields are empty, and every bound value costs time.
        if (prepared === null || prepared === undefined) return 'NULL';
        parameters.push(prepared);
        return postgres ? `$${parameters.length}` : '?';
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, parameters);
  }
}
