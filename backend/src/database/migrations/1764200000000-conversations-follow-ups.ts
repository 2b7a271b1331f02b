import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnsFor } from './migration-helpers';

export class ConversationsFollowUps1764200000000 implements MigrationInterface {
  name = 'ConversationsFollowUps1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    const fk = (columnNames: string[], referencedTableName: string, onDelete: string) =>
      new TableForeignKey({ columnNames, referencedTableName, referencedColumnNames: ['id'], onDelete });

    await queryRunner.createTable(
      new Table({
        name: 'conversations',
        columns: [
          column.id(),
          column.uuid('applicant_id'),
          column.uuid('officer_id', true),
          column.dateTime('occurred_at'),
          column.varchar('channel', 20),
          column.text('summary'),
          column.boolean('two_way', false),
          column.boolean('profession_discussed', false),
          column.boolean('routes_discussed', false),
          column.boolean('funding_discussed', false),
          column.boolean('placements_discussed', false),
          column.boolean('next_step_agreed', false),
          column.varchar('next_step', 500, true),
          column.varchar('barrier', 500, true),
          column.boolean('serious', false),
          column.createdAt(),
          column.updatedAt(),
          column.version(),
        ],
        foreignKeys: [fk(['applicant_id'], 'applicants', 'CASCADE'), fk(['officer_id'], 'users', 'SET NULL')],
        indices: [
          new TableIndex({ name: 'ix_conversations_applicant', columnNames: ['applicant_id', 'occurred_at'] }),
          new TableIndex({ name: 'ix_conversations_officer', columnNames: ['officer_id', 'occurred_at'] }),
          new TableIndex({ name: 'ix_conversations_serious', columnNames: ['serious', 'occurred_at'] }),
          new TableIndex({ name: 'ix_conversations_occurred', columnNames: ['occurred_at', 'id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'follow_ups',
        columns: [
          column.id(),
          column.uuid('applicant_id'),
          column.uuid('conversation_id', true),
          column.uuid('assignee_id'),
          column.dateTime('due_at'),
          column.varchar('type', 30),
          column.text('notes'),
          column.varchar('status', 20),
          column.text('outcome'),
          column.dateTime('completed_at', true),
          column.uuid('created_by_id', true),
          column.createdAt(),
          column.updatedAt(),
          column.version(),
        ],
        foreignKeys: [
          fk(['applicant_id'], 'applicants', 'CASCADE'),
          fk(['conversation_id'], 'conversations', 'SET NULL'),
          fk(['assignee_id'], 'users', 'RESTRICT'),
        ],
        indices: [
          new TableIndex({ name: 'ix_follow_ups_assignee', columnNames: ['assignee_id', 'status', 'due_at'] }),
          new TableIndex({ name: 'ix_follow_ups_applicant', columnNames: ['applicant_id', 'status', 'due_at'] }),
          new TableIndex({ name: 'ix_follow_ups_status_due', columnNames: ['status', 'due_at'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'calendar_feeds',
        columns: [column.id(), column.uuid('user_id'), column.varchar('token_hash', 64), column.createdAt()],
        foreignKeys: [fk(['user_id'], 'users', 'CASCADE')],
        indices: [
          new TableIndex({ name: 'uq_calendar_feeds_user', columnNames: ['user_id'], isUnique: true }),
          new TableIndex({ name: 'uq_calendar_feeds_token', columnNames: ['token_hash'], isUnique: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('calendar_feeds');
    await queryRunner.dropTable('follow_ups');
    await queryRunner.dropTable('conversations');
  }
}
