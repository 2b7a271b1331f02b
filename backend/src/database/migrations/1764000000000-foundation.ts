import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnsFor } from './migration-helpers';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          column.id(),
          column.varchar('email', 320),
          column.varchar('name', 200),
          column.varchar('role', 20),
          column.boolean('active', true),
          column.varchar('password_hash', 255),
          column.dateTime('last_login_at', true),
          column.createdAt(),
          column.updatedAt(),
          column.version(),
        ],
        indices: [new TableIndex({ name: 'uq_users_email', columnNames: ['email'], isUnique: true })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          column.id(),
          column.uuid('user_id'),
          column.varchar('token_hash', 64),
          column.createdAt(),
          column.dateTime('expires_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_sessions_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_sessions_user', columnNames: ['user_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          column.id(),
          column.dateTime('at'),
          column.uuid('actor_id', true),
          column.varchar('action', 30),
          column.varchar('entity', 60),
          column.varchar('entity_id', 64, true),
          column.json('changes'),
        ],
        indices: [
          new TableIndex({ name: 'ix_audit_entries_at', columnNames: ['at'] }),
          new TableIndex({ name: 'ix_audit_entries_actor', columnNames: ['actor_id'] }),
          new TableIndex({ name: 'ix_audit_entries_entity', columnNames: ['entity', 'entity_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'professions',
        columns: [
          { name: 'code', type: 'varchar', length: '60', isPrimary: true },
          column.varchar('name', 120),
          column.boolean('shortage', false),
          column.boolean('active', true),
          column.integer('sort_order', 0),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('professions');
    await queryRunner.dropTable('audit_entries');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
  }
}
