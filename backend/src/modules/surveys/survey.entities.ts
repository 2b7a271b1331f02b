import { Column, Entity, VersionColumn } from 'typeorm';
import { ReviewStatus, SurveyAnswerValue, SurveyQuestion } from '@pathway/contracts';
import { CreatedAtColumn, DateTimeColumn, JsonColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';

@Entity('survey_templates')
export class SurveyTemplateEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  familyId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @JsonColumn()
  questions!: SurveyQuestion[];

  @CreatedAtColumn()
  createdAt!: Date;
}

@Entity('survey_invitations')
export class SurveyInvitationEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  placementId!: string;

  @UuidColumn()
  templateId!: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @DateTimeColumn()
  expiresAt!: Date;

  /** The day it was answered (never the time). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  answeredOn!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}

/** An anonymous answer: no invitation, no time of day, and the student only if they consented to be contacted. */
@Entity('survey_responses')
export class SurveyResponseEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  templateId!: string;

  @UuidColumn()
  siteId!: string;

  @Column({ type: 'varchar', length: 60 })
  profession!: string;

  @Column({ type: 'integer' })
  yearOfStudy!: number;

  @Column({ type: 'integer' })
  cohort!: number;

  @Column({ type: 'varchar', length: 10 })
  submittedOn!: string;

  @JsonColumn()
  answers!: Record<string, SurveyAnswerValue>;

  @Column({ type: 'boolean', default: false })
  concernRaised!: boolean;

  @Column({ type: 'text', nullable: true })
  concernText!: string | null;

  @Column({ type: 'boolean', default: false })
  consentToContact!: boolean;

  @UuidColumn({ nullable: true })
  studentId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  reviewStatus!: ReviewStatus;

  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
