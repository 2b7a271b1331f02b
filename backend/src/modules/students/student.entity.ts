import { Column, Entity } from 'typeorm';
import { StudentStatus, StudyRoute, WithdrawalReason } from '@pathway/contracts';
import { DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('students')
export class StudentEntity extends VersionedEntity {
  @UuidPrimaryColumn()
  id!: string;

  /** The applicant they were before enrolling (one person, one history), when they came through the pipeline. */
  @UuidColumn({ nullable: true })
  applicantId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 60 })
  profession!: string;

  @Column({ type: 'varchar', length: 30 })
  route!: StudyRoute;

  @Column({ type: 'integer' })
  cohort!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  educationProvider!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: StudentStatus;

  @DateTimeColumn()
  statusChangedAt!: Date;

  @Column({ type: 'varchar', length: 30, nullable: true })
  withdrawalReason!: WithdrawalReason | null;
}

@Entity('student_status_changes')
export class StudentStatusChangeEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  studentId!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus!: StudentStatus | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus!: StudentStatus;

  @DateTimeColumn()
  at!: Date;

  @UuidColumn({ nullable: true })
  byId!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  withdrawalReason!: WithdrawalReason | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}
