import { MigrationInterface, QueryRunner, TableColumn, TableForeignKey } from 'typeorm';
import { columnsFor } from './migration-helpers';

/**
 * Attendee imports: the event an import registered people for, and the registrations it created (so that undoing
 * it removes them too). Student imports keep the students they created in `created_ids`, as applicant imports do.
 */
export class AttendeeImports1764800000000 implements MigrationInterface {
  name = 'AttendeeImports1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    await queryRunner.addColumns('imports', [
      new TableColumn(column.uuid('event_id', true)),
      new TableColumn(column.json('created_attendance_ids', true)),
    ]);
    await queryRunner.createForeignKey(
      'imports',
      new TableForeignKey({
        columnNames: ['event_id'],
        referencedTableName: 'events',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable('imports');
    const foreignKey = table?.foreignKeys.find((key) => key.columnNames.includes('event_id'));
    if (foreignKey) await queryRunner.dropForeignKey('imports', foreignKey);
    await queryRunner.dropColumns('imports', ['created_attendance_ids', 'event_id']);
  }
}
