import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { searchTerms } from '@pathway/domain';
import { columnsFor } from './migration-helpers';

/** People per statement when the terms are written back: well inside SQLite's limit on bound parameters. */
const PEOPLE_PER_STATEMENT = 500;

/**
 * On SQLite, applicant search moves from one row per term (three b-trees written per term, a dozen terms per
 * person) to one full-text document per person: see ApplicantSearchIndex. The terms become hex tokens, so the
 * document matches exactly the words that the rows matched. PostgreSQL keeps its term rows and is left alone.
 */
export class ApplicantSearchIndex1765200000000 implements MigrationInterface {
  name = 'ApplicantSearchIndex1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') return;
    const column = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'applicant_search_keys',
        columns: [{ name: 'key', type: 'integer', isPrimary: true }, column.uuid('applicant_id')],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['applicant_id'],
            referencedTableName: 'applicants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({ name: 'uq_applicant_search_keys_applicant', columnNames: ['applicant_id'], isUnique: true }),
        ],
      }),
    );
    // Contentless: the index alone is kept (nothing reads the documents back); deletable by row id.
    await queryRunner.query(
      `CREATE VIRTUAL TABLE applicant_search USING fts5(terms, content='', contentless_delete=1, tokenize='ascii')`,
    );
    await queryRunner.query(
      'CREATE TRIGGER applicant_search_keys_deleted AFTER DELETE ON applicant_search_keys ' +
        'BEGIN DELETE FROM applicant_search WHERE rowid = old."key"; END',
    );
    await queryRunner.query(
      'INSERT INTO applicant_search_keys (applicant_id) SELECT DISTINCT applicant_id FROM applicant_search_terms',
    );
    await queryRunner.query(
      `INSERT INTO applicant_search (rowid, terms)
       SELECT k."key", group_concat(lower(hex(t.term)), ' ')
       FROM applicant_search_terms t JOIN applicant_search_keys k ON k.applicant_id = t.applicant_id
       GROUP BY k."key"`,
    );
    await queryRunner.dropTable('applicant_search_terms');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') return;
    const column = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'applicant_search_terms',
        columns: [
          { ...column.varchar('term', 60), isPrimary: true },
          { ...column.uuid('applicant_id'), isPrimary: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['applicant_id'],
            referencedTableName: 'applicants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_applicant_search_terms_applicant', columnNames: ['applicant_id'] })],
      }),
    );
    // The full-text index keeps no text, so the terms are worked out again from the people it indexed.
    const people = (await queryRunner.query(
      `SELECT a.id, a.first_name, a.last_name, a.email, a.phone, a.postcode
       FROM applicants a JOIN applicant_search_keys k ON k.applicant_id = a.id`,
    )) as { id: string; first_name: string; last_name: string; email: string | null; phone: string | null; postcode: string | null }[];
    for (let start = 0; start < people.length; start += PEOPLE_PER_STATEMENT) {
      const rows = people.slice(start, start + PEOPLE_PER_STATEMENT).flatMap((person) =>
        searchTerms({
          firstName: person.first_name,
          lastName: person.last_name,
          email: person.email,
          phone: person.phone,
          postcode: person.postcode,
        }).map((term) => [term, person.id]),
      );
      if (rows.length)
        await queryRunner.query(
          `INSERT INTO applicant_search_terms (term, applicant_id) VALUES ${rows.map(() => '(?, ?)').join(', ')}`,
          rows.flat(),
        );
    }
    await queryRunner.query('DROP TRIGGER applicant_search_keys_deleted');
    await queryRunner.query('DROP TABLE applicant_search');
    await queryRunner.dropTable('applicant_search_keys');
  }
}
