import { Column, Entity } from 'typeorm';
import { UuidPrimaryColumn } from '../../database/column-types';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('campaigns')
export class CampaignEntity extends VersionedEntity {
  @UuidPrimaryColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  startsOn!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  endsOn!: string;

  /** Whole pounds. */
  @Column({ type: 'integer', nullable: true })
  budget!: number | null;

  @Column({ type: 'integer', nullable: true })
  targetEvents!: number | null;

  @Column({ type: 'integer', nullable: true })
  targetYoungPeople!: number | null;

  @Column({ type: 'integer', nullable: true })
  targetEducators!: number | null;

  @Column({ type: 'integer', nullable: true })
  targetSeriousConversations!: number | null;

  @Column({ type: 'integer', nullable: true })
  targetApplications!: number | null;
}
