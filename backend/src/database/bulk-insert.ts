import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Driver } from 'typeorm/driver/Driver';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Bound parameters one statement may carry: SQLite's limit (32,766 since 3.32) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = { sqlite: 32_766, postgres: 65_535 } as const;

/** Rows per statement when SQLite reads them from one JSON parameter. */
const SQLITE_JSON_ROWS = 10_000;

/** Plain values survive a trip through JSON unchanged (undefined as null); anything else (a Buffer, say) is bound as it is. */
const isJsonSafe = (value: unknown) =>
  value === null ||
  value === undefined ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * SQLite only: the rows travel as one JSON array (one bound parameter) and are unpacked by `json_each`. Binding
 * tens of thousands of parameters one by one costs the JavaScript thread far more than SQLite spends reading the
 * JSON. A column holding one value down the whole statement (a batch's timestamp, actor, stage, or an empty field)
 * is bound once instead of repeated in every row: SQLite then reads far less JSON. Each column is stored through its
 * declared type as a bound value would be. Answers false, writing nothing, if some value is not plain JSON.
 */
async function insertJsonRows(
  manager: EntityManager,
  table: string,
  names: string,
  width: number,
  rows: unknown[][],
): Promise<boolean> {
  // Plain loops: this runs over every value of a batch (40 columns of 5,000 people) before SQLite sees any of it.
  for (const row of rows) for (const value of row) if (!isJsonSafe(value)) return false;
  for (let start = 0; start < rows.length; start += SQLITE_JSON_ROWS) {
    const chunk = rows.slice(start, start + SQLITE_JSON_ROWS);
    const first = chunk[0];
    const varying: number[] = [];
    const constants: unknown[] = [];
    const fields: string[] = [];
    for (let column = 0; column < width; column++) {
      const value = first[column];
      let constant = true;
      for (let index = 1; constant && index < chunk.length; index++) constant = chunk[index][column] === value;
      fields.push(constant ? `?${constants.push(value ?? null) + 1}` : `value ->> ${varying.push(column) - 1}`);
    }
    const json = JSON.stringify(
      chunk.map((row) => {
        const values = new Array<unknown>(varying.length);
        for (let index = 0; index < varying.length; index++) values[index] = row[varying[index]];
        return values;
      }),
    );
    await manager.query(`INSERT INTO ${table} (${names}) SELECT ${fields.join(', ')} FROM json_each(?1)`, [
      json,
      ...constants,
    ]);
  }
  return true;
}

/** Rows per statement when PostgreSQL reads them from one JSON parameter. */
const POSTGRES_JSON_ROWS = 5_000;

const isRecordSafe = (value: unknown) => isJsonSafe(value) || (value instanceof Date && !Number.isNaN(value.getTime()));

/**
 * PostgreSQL only: the rows travel as one JSON array of objects (one bound parameter), which
 * `json_populate_recordset` turns into rows of the table's own type, so each value is converted by its column's
 * type. Parsing and binding a statement of tens of thousands of parameters took PostgreSQL longer than writing the
 * rows. Empty values are left out of the objects (read back as NULL, as the other path writes them); values of JSON
 * columns (`json`) are JSON text already and go in as they are. Answers false, writing nothing, if some value cannot
 * travel as JSON.
 */
async function insertJsonRecords(
  manager: EntityManager,
  table: string,
  columns: string[],
  json: boolean[],
  rows: unknown[][],
): Promise<boolean> {
  if (!rows.every((row) => row.every(isRecordSafe))) return false;
  const keys = columns.map((column) => JSON.stringify(column));
  const names = columns.map((column) => manager.connection.driver.escape(column)).join(', ');
  const record = (row: unknown[]) => {
    const fields: string[] = [];
    row.forEach((value, index) => {
      if (value === null || value === undefined) return;
      fields.push(`${keys[index]}:${json[index] && typeof value === 'string' ? value : JSON.stringify(value)}`);
    });
    return `{${fields.join(',')}}`;
  };
  for (let start = 0; start < rows.length; start += POSTGRES_JSON_ROWS) {
    const text = `[${rows
      .slice(start, start + POSTGRES_JSON_ROWS)
      .map(record)
      .join(',')}]`;
    await manager.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, $1::json)`,
      [text],
    );
  }
  return true;
}

/** The value a column gets when the row leaves it out: its creation time, version 1, its default, else null. */
function missingValue(column: ColumnMetadata, now: Date): unknown {
  if (column.isCreateDate || column.isUpdateDate) return now;
  if (column.isVersion) return 1;
  if (column.default !== undefined && typeof column.default !== 'function') return column.default;
  return null;
}

/**
 * Reads one column's value from a row: straight from its property when it is a plain column (no embedded object, no
 * relation), which is what TypeORM's `getEntityValue` then does, at a fraction of the cost over 40 columns of
 * thousands of rows.
 */
function valueReader(column: ColumnMetadata): (row: ObjectLiteral) => unknown {
  if (column.embeddedMetadata || column.relationMetadata || column.referencedColumn)
    return (row) => column.getEntityValue(row);
  const property = column.propertyName;
  return (row) => row[property];
}

const NOTHING_YET = Symbol('nothing converted yet');

/**
 * One column's values converted as the driver converts them (its transformer, then the engine's form). A batch
 * repeats values down a column (one timestamp, one actor, one stage), so the last answer is kept for the next row.
 */
function columnConverter(driver: Driver, column: ColumnMetadata, now: Date): (given: unknown) => unknown {
  let last: unknown = NOTHING_YET;
  let prepared: unknown;
  return (given) => {
    if (given !== last) {
      last = given;
      prepared = driver.preparePersistentValue(given === undefined ? missingValue(column, now) : given, column);
    }
    return prepared;
  };
}

/**
 * Inserts rows given as arrays of values already in the engine's form, into `columns` of a table that has no entity
 * (or whose values need no conversion), with as few multi-row statements as the parameter limit allows.
 */
export async function insertValues(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const postgres = manager.connection.driver.options.type === 'postgres';
  const perStatement = Math.floor((postgres ? MAX_PARAMETERS.postgres : MAX_PARAMETERS.sqlite) / columns.length);
  const names = columns.map((column) => manager.connection.driver.escape(column)).join(', ');
  const escapedTable = manager.connection.driver.escape(table);
  if (postgres) {
    const plain = columns.map(() => false);
    if (await insertJsonRecords(manager, escapedTable, columns, plain, rows)) return;
  } else if (await insertJsonRows(manager, escapedTable, names, columns.length, rows)) return;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    let parameter = 0;
    const parameters: unknown[] = [];
    // NULL needs no parameter, as in insertMany.
    const placeholder = (value: unknown) => {
      if (value === null || value === undefined) return 'NULL';
      parameters.push(value);
      return postgres ? `$${++parameter}` : '?';
    };
    const tuples = chunk.map((row) => `(${row.map(placeholder).join(', ')})`);
    await manager.query(`INSERT INTO ${escapedTable} (${names}) VALUES ${tuples.join(', ')}`, parameters);
  }
}

/**
 * Inserts many rows of one entity with multi-row INSERT statements (as few as the engine's parameter limit allows),
 * inside the caller's transaction. Values are converted exactly as TypeORM converts them (by the driver), but the
 * statements are built directly: for thousands of rows the query builder costs far more than the database.
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
  const limit = postgres ? MAX_PARAMETERS.postgres : MAX_PARAMETERS.sqlite;
  const now = new Date();
  const converters = columns.map((column) => columnConverter(driver, column, now));
  const readers = columns.map(valueReader);
  const values = rows.map((row) => readers.map((read, index) => converters[index](read(row as ObjectLiteral)) ?? null));
  if (postgres) {
    const json = columns.map((column) => column.type === 'json' || column.type === 'jsonb');
    const databaseNames = columns.map((column) => column.databaseName);
    if (await insertJsonRecords(manager, table, databaseNames, json, values)) return;
  } else if (await insertJsonRows(manager, table, names, columns.length, values)) return;
  let parameters: unknown[] = [];
  let tuples: string[] = [];
  const flush = async () => {
    if (tuples.length) await manager.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, parameters);
    parameters = [];
    tuples = [];
  };
  for (const row of values) {
    // A statement takes rows until the next one might not fit.
    if (parameters.length + columns.length > limit) await flush();
    const placeholders = row.map((prepared) => {
      // NULL needs no parameter: most optional fields are empty, and every bound value costs time.
      if (prepared === null || prepared === undefined) return 'NULL';
      parameters.push(prepared);
      return postgres ? `$${parameters.length}` : '?';
    });
    tuples.push(`(${placeholders.join(', ')})`);
  }
  await flush();
}
