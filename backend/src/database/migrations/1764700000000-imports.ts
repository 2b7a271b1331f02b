import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnsFor } from './migration-helpers';

/**
 * One row per CSV import: who, when, which file, the counts, the ids it created (so it can be undone) and the
 * rejected lines as they were in the file (so they can be downloaded, corrected and imported again). Valid lines are
 * not kept: their data lives in the records they created or updated.
 */
export class Imports1764700000000 implements MigrationInterface {
  name = 'Imports1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'imports',
        columns: [
          column.id(),
          column.varchar('kind', 20),
          column.varchar('file_name', 255),
          column.uuid('created_by_id', true),
          column.createdAt(),
          column.integer('rows', 0),
          column.integer('valid', 0),
          column.integer('invalid', 0),
          column.integer('duplicates', 0),
          column.integer('created', 0),
          column.integer('updated', 0),
          column.json('created_ids'),
          column.json('rejected'),
          column.dateTime('undone_at', true),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['created_by_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_imports_created_at', columnNames: ['created_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('imports');
  }
}
