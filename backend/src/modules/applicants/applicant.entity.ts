import { Column, Entity } from 'typeorm';
import { AgeBand, Audience, Region, Source, Stage } from '@pathway/contracts';
import { DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('applicants')
export class ApplicantEntity extends VersionedEntity {
  @UuidPrimaryColumn()
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  /** Lower-case. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  /** As typed. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  /** National form, for duplicate detection. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phoneNormalised!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  audience!: Audience | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  region!: Region | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode!: string | null;

  @UuidColumn({ nullable: true })
  organisationId!: string | null;

  /** YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  ageBand!: AgeBand | null;

  @Column({ type: 'varchar', length: 220, nullable: true, name: 'name_dob_key' })
  nameDobKey!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  source!: Source | null;

  @DateTimeColumn({ nullable: true })
  firstContactAt!: Date | null;

  /** Campaign of first contact (attribution). */
  @UuidColumn({ nullable: true })
  campaignId!: string | null;

  /** Event of first contact (attribution). */
  @UuidColumn({ nullable: true })
  eventId!: string | null;

  @UuidColumn({ nullable: true })
  ownerId!: string | null;

  @Column({ type: 'varchar', length: 30 })
  stage!: Stage;

  @Column({ type: 'double precision', default: 0 })
  position!: number;

  @DateTimeColumn()
  stageChangedAt!: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  closeReason!: string | null;

  @Column({ type: 'boolean', default: false })
  consentGiven!: boolean;

  @DateTimeColumn({ nullable: true })
  consentGivenAt!: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  consentSource!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  consentWordingVersion!: string | null;

  @DateTimeColumn({ nullable: true })
  consentWithdrawnAt!: Date | null;

  /** For under-13s: the parent or guardian who gave consent. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  guardianEmail!: string | null;

  @Column({ type: 'boolean', nullable: true })
  wpFirstInFamily!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  wpCareExperienced!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  wpDisability!: boolean | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  wpEthnicity!: string | null;

  @UuidColumn({ nullable: true })
  createdById!: string | null;

  @DateTimeColumn({ nullable: true })
  archivedAt!: Date | null;

  /** Personal data was erased (a data-protection request): the record keeps only anonymous facts. */
  @DateTimeColumn({ nullable: true })
  erasedAt!: Date | null;

  @UuidColumn({ nullable: true })
  erasedById!: string | null;
}
