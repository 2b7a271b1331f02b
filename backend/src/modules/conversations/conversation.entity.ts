import { Column, Entity } from 'typeorm';
import { Channel } from '@pathway/contracts';
import { DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('conversations')
export class ConversationEntity extends VersionedEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  applicantId!: string;

  @UuidColumn({ nullable: true })
  officerId!: string | null;

  @DateTimeColumn()
  occurredAt!: Date;

  /** The event where it happened, if any. */
  @UuidColumn({ nullable: true })
  eventId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  channel!: Channel;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'boolean', default: false })
  twoWay!: boolean;

  @Column({ type: 'boolean', default: false })
  professionDiscussed!: boolean;

  @Column({ type: 'boolean', default: false })
  routesDiscussed!: boolean;

  @Column({ type: 'boolean', default: false })
  fundingDiscussed!: boolean;

  @Column({ type: 'boolean', default: false })
  placementsDiscussed!: boolean;

  @Column({ type: 'boolean', default: false })
  nextStepAgreed!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  nextStep!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  barrier!: string | null;

  /** Derived from the criteria by `assessConversation`; never written from input. */
  @Column({ type: 'boolean', default: false })
  serious!: boolean;
}
