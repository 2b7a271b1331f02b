import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnsFor } from './migration-helpers';

export class StudentsPlacements1764400000000 implements MigrationInterface {
  name = 'StudentsPlacements1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    const fk = (columnNames: string[], referencedTableName: string, onDelete: string, referencedColumnNames = ['id']) =>
      new TableForeignKey({ columnNames, referencedTableName, referencedColumnNames, onDelete });

    await queryRunner.createTable(
      new Table({
        name: 'students',
        columns: [
          column.id(),
          column.uuid('applicant_id', true),
          column.varchar('first_name', 100),
          column.varchar('last_name', 100),
          column.varchar('email', 320, true),
          column.varchar('profession', 60),
          column.varchar('route', 30),
          column.integer('cohort'),
          column.varchar('education_provider', 200, true),
          column.varchar('status', 20),
          column.dateTime('status_changed_at'),
          column.varchar('withdrawal_reason', 30, true),
          column.createdAt(),
          column.updatedAt(),
          column.version(),
        ],
        foreignKeys: [fk(['applicant_id'], 'applicants', 'SET NULL'), fk(['profession'], 'professions', 'RESTRICT', ['code'])],
        indices: [
          new TableIndex({ name: 'uq_students_applicant', columnNames: ['applicant_id'], isUnique: true, where: 'applicant_id IS NOT NULL' }),
          new TableIndex({ name: 'ix_students_cohort', columnNames: ['cohort', 'profession', 'status'] }),
          new TableIndex({ name: 'ix_students_name', columnNames: ['last_name', 'first_name', 'id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'student_status_changes',
        columns: [
          column.id(),
          column.uuid('student_id'),
          column.varchar('from_status', 20, true),
          column.varchar('to_status', 20),
          column.dateTime('at'),
          column.uuid('by_id', true),
          column.varchar('withdrawal_reason', 30, true),
          column.varchar('note', 500, true),
        ],
        foreignKeys: [fk(['student_id'], 'students', 'CASCADE'), fk(['by_id'], 'users', 'SET NULL')],
        indices: [new TableIndex({ name: 'ix_student_status_changes_student', columnNames: ['student_id', 'at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'placement_sites',
        columns: [
          column.id(),
          column.varchar('name', 200),
          column.varchar('organisation', 200, true),
          column.varchar('department', 200, true),
          column.varchar('region', 30, true),
          column.createdAt(),
          column.updatedAt(),
        ],
        indices: [new TableIndex({ name: 'ix_placement_sites_name', columnNames: ['name'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'placement_site_professions',
        columns: [
          { ...column.uuid('site_id'), isPrimary: true },
          { ...column.varchar('profession_code', 60), isPrimary: true },
        ],
        foreignKeys: [fk(['site_id'], 'placement_sites', 'CASCADE'), fk(['profession_code'], 'professions', 'RESTRICT', ['code'])],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'placements',
        columns: [
          column.id(),
          column.uuid('student_id'),
          column.uuid('site_id'),
          column.varchar('starts_on', 10),
          column.varchar('ends_on', 10),
          column.integer('year_of_study'),
          column.varchar('practice_educator', 200, true),
          column.createdAt(),
          column.updatedAt(),
        ],
        foreignKeys: [fk(['student_id'], 'students', 'CASCADE'), fk(['site_id'], 'placement_sites', 'RESTRICT')],
        indices: [
          new TableIndex({ name: 'ix_placements_student', columnNames: ['student_id', 'starts_on'] }),
          new TableIndex({ name: 'ix_placements_site', columnNames: ['site_id', 'ends_on'] }),
          new TableIndex({ name: 'ix_placements_ends', columnNames: ['ends_on'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['placements', 'placement_site_professions', 'placement_sites', 'student_status_changes', 'students']) await queryRunner.dropTable(table);
  }
}
