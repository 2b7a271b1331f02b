import { Column, Entity, Index } from 'typeorm';
import { AuditAction, AuditFieldChange } from '@pathway/contracts';
import { DateTimeColumn, JsonColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';

@Entity('audit_entries')
@Index('ix_audit_entries_entity', ['entity', 'entityId'])
export class AuditEntryEntity {
  @UuidPrimaryColumn()
  id!: string;

  @Index('ix_audit_entries_at')
  @DateTimeColumn()
  at!: Date;

  /** Null for actions without a signed-in user (a public registration, a failed login). */
  @Index('ix_audit_entries_actor')
  @UuidColumn({ nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 30 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 60 })
  entity!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @JsonColumn()
  changes!: AuditFieldChange[];
}
