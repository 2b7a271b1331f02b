import { Column, Entity } from 'typeorm';
import { DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';

/** One consent decision: given (with its source and wording version) or withdrawn. */
@Entity('consent_changes')
export class ConsentChangeEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  applicantId!: string;

  @Column({ type: 'boolean' })
  given!: boolean;

  @DateTimeColumn()
  at!: Date;

  @Column({ type: 'varchar', length: 40, nullable: true })
  source!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  wordingVersion!: string | null;

  @UuidColumn({ nullable: true })
  byId!: string | null;
}
