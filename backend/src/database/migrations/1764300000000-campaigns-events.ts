import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnTypes } from '../column-types';
import { columnsFor } from './migration-helpers';

export class CampaignsEvents1764300000000 implements MigrationInterface {
  name = 'CampaignsEvents1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnsFor(queryRunner);
    const fk = (columnNames: string[], referencedTableName: string, onDelete: string, referencedColumnNames = ['id']) =>
      new TableForeignKey({ columnNames, referencedTableName, referencedColumnNames, onDelete });

    await queryRunner.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          column.id(),
          column.varchar('name', 200),
          column.text('description'),
          column.varchar('starts_on', 10),
          column.varchar('ends_on', 10),
          column.integer('budget', undefined, true),
          column.integer('target_events', undefined, true),
          column.integer('target_young_people', undefined, true),
          column.integer('target_educators', undefined, true),
          column.integer('target_serious_conversations', undefined, true),
          column.integer('target_applications', undefined, true),
          column.createdAt(),
          column.updatedAt(),
          column.version(),
        ],
        indices: [new TableIndex({ name: 'ix_campaigns_dates', columnNames: ['starts_on', 'ends_on'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'events',
        columns: [
          column.id(),
          column.varchar('title', 200),
          column.varchar('type', 30),
          column.varchar('format', 20),
          column.dateTime('starts_at'),
          column.dateTime('ends_at'),
          column.varchar('region', 30, true),
          column.varchar('venue', 300, true),
          column.uuid('host_organisation_id', true),
          column.uuid('campaign_id', true),
          column.integer('young_people', 0),
          column.integer('educators', 0),
          column.integer('others', 0),
          column.integer('leaflets_distributed', 0),
          column.integer('leaflets_taken', 0),
          column.boolean('registration_open', true),
          column.integer('capacity', undefined, true),
          column.varchar('slug', 80),
          column.uuid('created_by_id', true),
          column.createdAt(),
          column.updatedAt(),
          column.version(),
        ],
        foreignKeys: [fk(['host_organisation_id'], 'organisations', 'SET NULL'), fk(['campaign_id'], 'campaigns', 'SET NULL')],
        indices: [
          new TableIndex({ name: 'uq_events_slug', columnNames: ['slug'], isUnique: true }),
          new TableIndex({ name: 'ix_events_starts', columnNames: ['starts_at', 'id'] }),
          new TableIndex({ name: 'ix_events_campaign', columnNames: ['campaign_id', 'starts_at'] }),
          new TableIndex({ name: 'ix_events_type', columnNames: ['type', 'starts_at'] }),
          new TableIndex({ name: 'ix_events_region', columnNames: ['region', 'starts_at'] }),
          new TableIndex({ name: 'ix_events_host', columnNames: ['host_organisation_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'event_professions',
        columns: [
          { ...column.uuid('event_id'), isPrimary: true },
          { ...column.varchar('profession_code', 60), isPrimary: true },
        ],
        foreignKeys: [fk(['event_id'], 'events', 'CASCADE'), fk(['profession_code'], 'professions', 'RESTRICT', ['code'])],
        indices: [new TableIndex({ name: 'ix_event_professions_code', columnNames: ['profession_code', 'event_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'event_attendances',
        columns: [
          column.id(),
          column.uuid('event_id'),
          column.uuid('applicant_id'),
          column.dateTime('registered_at'),
          column.dateTime('checked_in_at', true),
          column.varchar('how', 20),
        ],
        foreignKeys: [fk(['event_id'], 'events', 'CASCADE'), fk(['applicant_id'], 'applicants', 'CASCADE')],
        indices: [
          new TableIndex({ name: 'uq_event_attendances', columnNames: ['event_id', 'applicant_id'], isUnique: true }),
          new TableIndex({ name: 'ix_event_attendances_applicant', columnNames: ['applicant_id'] }),
        ],
      }),
    );

    // New nullable reference columns on existing tables: a plain ADD COLUMN on both engines (no table rebuild).
    const uuid = columnTypes(queryRunner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite').uuid;
    const uuidType = uuid === 'uuid' ? 'uuid' : 'varchar(36)';
    await queryRunner.query(`ALTER TABLE applicants ADD COLUMN campaign_id ${uuidType} NULL REFERENCES campaigns(id) ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE applicants ADD COLUMN event_id ${uuidType} NULL REFERENCES events(id) ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE conversations ADD COLUMN event_id ${uuidType} NULL REFERENCES events(id) ON DELETE SET NULL`);
    // Under-13s sign up with a parent or guardian's consent; whose, is kept with the record.
    await queryRunner.query('ALTER TABLE applicants ADD COLUMN guardian_email varchar(320) NULL');
    await queryRunner.createIndex('applicants', new TableIndex({ name: 'ix_applicants_campaign', columnNames: ['campaign_id'] }));
    await queryRunner.createIndex('applicants', new TableIndex({ name: 'ix_applicants_event', columnNames: ['event_id'] }));
    await queryRunner.createIndex('conversations', new TableIndex({ name: 'ix_conversations_event', columnNames: ['event_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('conversations', 'ix_conversations_event');
    await queryRunner.dropIndex('applicants', 'ix_applicants_event');
    await queryRunner.dropIndex('applicants', 'ix_applicants_campaign');
    await queryRunner.query('ALTER TABLE applicants DROP COLUMN guardian_email');
    await queryRunner.query('ALTER TABLE conversations DROP COLUMN event_id');
    await queryRunner.query('ALTER TABLE applicants DROP COLUMN event_id');
    await queryRunner.query('ALTER TABLE applicants DROP COLUMN campaign_id');
    for (const table of ['event_attendances', 'event_professions', 'events', 'campaigns']) await queryRunner.dropTable(table);
  }
}
