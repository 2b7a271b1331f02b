import { Column, Entity } from 'typeorm';
import { FollowUpStatus, FollowUpType } from '@pathway/contracts';
import { CreatedAtColumn, DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('follow_ups')
export class FollowUpEntity extends VersionedEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  applicantId!: string;

  @UuidColumn({ nullable: true })
  conversationId!: string | null;

  @UuidColumn()
  assigneeId!: string;

  @DateTimeColumn()
  dueAt!: Date;

  @Column({ type: 'varchar', length: 30 })
  type!: FollowUpType;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: FollowUpStatus;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @DateTimeColumn({ nullable: true })
  completedAt!: Date | null;

  @UuidColumn({ nullable: true })
  createdById!: string | null;
}

/** A personal calendar feed: only the hash of its secret token is kept, so the address can be revoked or replaced. */
@Entity('calendar_feeds')
export class CalendarFeedEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  userId!: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @CreatedAtColumn()
  createdAt!: Date;
}
