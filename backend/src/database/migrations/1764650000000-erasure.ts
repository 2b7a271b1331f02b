import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columnsFor } from './migration-helpers';

/** Erasure leaves a marker on the applicant: when and by whom (never what was erased). */
export class Erasure1764650000000 implements MigrationInterface {
  name = 'Erasure1764650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    await queryRunner.addColumn('applicants', new TableColumn(column.dateTime('erased_at', true)));
    await queryRunner.addColumn('applicants', new TableColumn(column.uuid('erased_by_id', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('applicants', 'erased_by_id');
    await queryRunner.dropColumn('applicants', 'erased_at');
  }
}
