import { Column, Entity } from 'typeorm';
import { ConcernStatus, ConcernTier } from '@pathway/contracts';
import { DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('concerns')
export class ConcernEntity extends VersionedEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  responseId!: string;

  @UuidColumn()
  siteId!: string;

  @Column({ type: 'varchar', length: 20 })
  tier!: ConcernTier;

  @Column({ type: 'varchar', length: 20 })
  status!: ConcernStatus;

  @UuidColumn({ nullable: true })
  ownerId!: string | null;

  @DateTimeColumn()
  dueAt!: Date;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ type: 'text', nullable: true })
  youSaidWeDid!: string | null;
}
