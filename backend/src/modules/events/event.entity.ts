import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AttendanceSource, EventFormat, EventType, Region } from '@pathway/contracts';
import { DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('events')
export class EventEntity extends VersionedEntity {
  @UuidPrimaryColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 30 })
  type!: EventType;

  @Column({ type: 'varchar', length: 20 })
  format!: EventFormat;

  @DateTimeColumn()
  startsAt!: Date;

  @DateTimeColumn()
  endsAt!: Date;

  @Column({ type: 'varchar', length: 30, nullable: true })
  region!: Region | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @UuidColumn({ nullable: true })
  hostOrganisationId!: string | null;

  @UuidColumn({ nullable: true })
  campaignId!: string | null;

  @Column({ type: 'integer', default: 0 })
  youngPeople!: number;

  @Column({ type: 'integer', default: 0 })
  educators!: number;

  @Column({ type: 'integer', default: 0 })
  others!: number;

  @Column({ type: 'integer', default: 0 })
  leafletsDistributed!: number;

  @Column({ type: 'integer', default: 0 })
  leafletsTaken!: number;

  @Column({ type: 'boolean', default: true })
  registrationOpen!: boolean;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @UuidColumn({ nullable: true })
  createdById!: string | null;
}

@Entity('event_professions')
export class EventProfessionEntity {
  @UuidPrimaryColumn()
  eventId!: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  professionCode!: string;
}

@Entity('event_attendances')
export class EventAttendanceEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  eventId!: string;

  @UuidColumn()
  applicantId!: string;

  @DateTimeColumn()
  registeredAt!: Date;

  @DateTimeColumn({ nullable: true })
  checkedInAt!: Date | null;

  @Column({ type: 'varchar', length: 20 })
  how!: AttendanceSource;
}
