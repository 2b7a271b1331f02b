import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Serious conversations are counted by time, officer and person (reports and dashboards): an index holding all four
 * answers those counts without reading the conversations themselves.
 */
export class SeriousConversationIndex1765000000000 implements MigrationInterface {
  name = 'SeriousConversationIndex1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('conversations', 'ix_conversations_serious');
    await queryRunner.createIndex(
      'conversations',
      new TableIndex({
        name: 'ix_conversations_serious',
        columnNames: ['serious', 'occurred_at', 'officer_id', 'applicant_id'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('conversations', 'ix_conversations_serious');
    await queryRunner.createIndex(
      'conversations',
      new TableIndex({ name: 'ix_conversations_serious', columnNames: ['serious', 'occurred_at'] }),
    );
  }
}
