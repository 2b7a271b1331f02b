import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Stage } from '@pathway/contracts';
import { DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';

@Entity('applicant_professions')
export class ApplicantProfessionEntity {
  @UuidPrimaryColumn()
  applicantId!: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  professionCode!: string;
}

@Entity('applicant_tags')
export class ApplicantTagEntity {
  @UuidPrimaryColumn()
  applicantId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  tag!: string;
}

/** One move along the pipeline; creating an applicant writes the first (from null). Reports read this history. */
@Entity('stage_changes')
export class StageChangeEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  applicantId!: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  fromStage!: Stage | null;

  @Column({ type: 'varchar', length: 30 })
  toStage!: Stage;

  @DateTimeColumn()
  at!: Date;

  @UuidColumn({ nullable: true })
  byId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;
}
