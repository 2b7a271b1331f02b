import { QueryRunner, TableColumnOptions } from 'typeorm';
import { columnTypes } from '../column-types';

/** Portable column builders for migrations: the same migration runs on SQLite and PostgreSQL. */
export function columnsFor(queryRunner: QueryRunner) {
  const types = columnTypes(queryRunner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite');
  const uuidLength = types.uuid === 'varchar' ? '36' : undefined;
  return {
    id: (): TableColumnOptions => ({ name: 'id', type: types.uuid, length: uuidLength, isPrimary: true }),
    uuid: (name: string, nullable = false): TableColumnOptions => ({ name, type: types.uuid, length: uuidLength, isNullable: nullable }),
    varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
    text: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
    json: (name: string, nullable = false): TableColumnOptions => ({ name, type: types.json, isNullable: nullable }),
    boolean: (name: string, defaultValue: boolean): TableColumnOptions => ({ name, type: 'boolean', default: defaultValue ? 'true' : 'false' }),
    integer: (name: string, defaultValue?: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'integer',
      isNullable: nullable,
      default: defaultValue === undefined ? undefined : String(defaultValue),
    }),
    dateTime: (name: string, nullable = false): TableColumnOptions => ({ name, type: types.dateTime, isNullable: nullable }),
    createdAt: (): TableColumnOptions => ({ name: 'created_at', type: types.dateTime, default: 'CURRENT_TIMESTAMP' }),
    updatedAt: (): TableColumnOptions => ({ name: 'updated_at', type: types.dateTime, default: 'CURRENT_TIMESTAMP' }),
    version: (): TableColumnOptions => ({ name: 'version', type: 'integer', default: '1' }),
  };
}
