import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditFieldChange, PRIVACY_NOTICE_VERSION } from '@pathway/contracts';
import { nameAndBirthKey, normaliseEmail, normalisePhone, normalisePostcode, POSITION_STEP, searchTerms } from '@pathway/domain';
import { AppError } from '../../common/errors/app-error';
import { newId } from '../../database/new-id';
import { AuditRecord, AuditService } from '../audit/audit.service';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantProgressRepository, NewProgressAttributes } from './applicant-progress.repository';
import { ApplicantsRepository, NewApplicantLinks } from './applicants.repository';
import { CreateApplicantDto } from './dto/create-applicant.dto';
import { ConsentChangeRecord, ConsentHistoryRepository } from './consent-history.repository';
import { StageChangeRecord, StageHistoryRepository } from './stage-history.repository';

/** Fields whose changes the audit log records (widening-participation values are redacted by the audit service). */
export const AUDITED_FIELDS = [
  'firstName', 'lastName', 'email', 'phone', 'audience', 'region', 'postcode', 'organisationId', 'dateOfBirth', 'ageBand',
  'professionsOfInterest', 'source', 'firstContactAt', 'campaignId', 'eventId', 'ownerId', 'consentToContact', 'wpFirstInFamily', 'wpCareExperienced',
  'wpDisability', 'wpEthnicity', 'tags',
] as const;

export type Snapshot = Record<string, unknown>;

/** What a new person needs: a name at least, and any other field of the create request. */
export type NewApplicantInput = Partial<CreateApplicantDto> & Pick<CreateApplicantDto, 'firstName' | 'lastName'>;

/** A new person as `ApplicantWriter.plan` works them out, ready for `insertPlanned`. */
export interface PlannedApplicant {
  /** Without position, times or creator yet: those are set when written. */
  applicant: ApplicantEntity;
  consent: boolean;
  professions: string[];
  tags: string[];
  searchTerms: string[];
  audit: AuditFieldChange[];
}

export const normaliseTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()))];

/**
 * Writes applicant records inside the caller's transaction, with everything that goes with them: links, search
 * terms, stage history, progress, consent history and audit entries. Used by staff, public sign-up, event check-in
 * and imports; references must already be checked.
 */
@Injectable()
export class ApplicantWriter {
  constructor(
    private readonly applicants: ApplicantsRepository,
    private readonly history: StageHistoryRepository,
    private readonly audit: AuditService,
    private readonly consentHistory: ConsentHistoryRepository,
    private readonly progress: ApplicantProgressRepository,
  ) {}

  /**
   * Writes a new applicant at the top of Enquiry with its first stage change, links, search terms and audit entry,
   * inside the caller's transaction. References must already be checked. Used by staff, public sign-up and imports.
   */
  async insertApplicant(
    manager: EntityManager,
    { actorId, input, consentSource, guardianEmail = null }: { actorId: string | null; input: NewApplicantInput; consentSource: string; guardianEmail?: string | null },
  ): Promise<string> {
    const [id] = await this.insertApplicants(manager, { actorId, consentSource, people: [{ input, guardianEmail }] });
    return id;
  }

  /**
   * The same for many people at once (an import batch), in a handful of multi-row statements; answers their ids in
   * order. The first of the list ends up highest in Enquiry.
   */
  async insertApplicants(
    manager: EntityManager,
    { actorId, consentSource, people }: { actorId: string | null; consentSource: string; people: { input: NewApplicantInput; guardianEmail?: string | null }[] },
  ): Promise<string[]> {
    return this.insertPlanned(manager, { actorId, consentSource, people: people.map(({ input, guardianEmail }) => this.plan(input, guardianEmail)) });
  }

  /**
   * Everything about a new person that needs neither the database nor the time of writing: their id, stored fields,
   * links, search terms and what the audit entry lists. An import works this out for its next batch while the
   * previous one is being written.
   */
  plan(input: NewApplicantInput, guardianEmail: string | null = null): PlannedApplicant {
    const id = newId();
    const applicant = Object.assign(new ApplicantEntity(), this.plainFields(input), this.contactFields(input.firstName, input.lastName, input), {
      id,
      stage: 'enquiry',
      firstContactAt: input.firstContactAt ? new Date(input.firstContactAt) : null,
      guardianEmail,
    });
    return {
      applicant,
      consent: Boolean(input.consentToContact),
      professions: [...new Set(input.professionsOfInterest ?? [])],
      tags: normaliseTags(input.tags ?? []),
      searchTerms: searchTerms(input),
      audit: this.audit.changes(null, { ...input }, AUDITED_FIELDS),
    };
  }

  /** Writes people planned by `plan`, stamped with this moment, the first of the list highest in Enquiry. */
  async insertPlanned(
    manager: EntityManager,
    { actorId, consentSource, people }: { actorId: string | null; consentSource: string; people: PlannedApplicant[] },
  ): Promise<string[]> {
    if (people.length === 0) return [];
    const now = new Date();
    await this.applicants.lockColumn(manager, 'enquiry');
    const lowest = await this.applicants.lowestPosition(manager, 'enquiry');
    const top = lowest === null ? POSITION_STEP * (people.length + 1) : lowest;
    const applicants: ApplicantEntity[] = [];
    const links: NewApplicantLinks = { professions: [], tags: [], searchDocuments: [] };
    const changes: StageChangeRecord[] = [];
    const consents: ConsentChangeRecord[] = [];
    const audits: AuditRecord[] = [];
    for (const [index, { applicant, consent, professions, tags, searchTerms, audit }] of people.entries()) {
      const id = applicant.id;
      applicant.position = top - POSITION_STEP * (people.length - index);
      applicant.stageChangedAt = now;
      applicant.firstContactAt ??= now;
      applicant.createdById = actorId;
      if (consent) Object.assign(applicant, { consentGiven: true, consentGivenAt: now, consentSource, consentWordingVersion: PRIVACY_NOTICE_VERSION });
      applicants.push(applicant);
      for (const professionCode of professions) links.professions.push({ applicantId: id, professionCode });
      for (const tag of tags) links.tags.push({ applicantId: id, tag });
      links.searchDocuments.push({ applicantId: id, terms: searchTerms });
      changes.push({ applicantId: id, from: null, to: 'enquiry', at: now, byId: actorId, reason: null });
      if (consent) consents.push({ applicantId: id, given: true, at: now, source: consentSource, wordingVersion: PRIVACY_NOTICE_VERSION, byId: actorId });
      audits.push({ actorId, action: 'create', entity: 'applicant', entityId: id, changes: audit });
    }
    await this.applicants.insertMany(manager, applicants, links);
    const cohorts = new Map(
      people.map(({ applicant, professions }): [string, NewProgressAttributes] => [
        applicant.id,
        {
          cohortAt: applicant.firstContactAt,
          source: applicant.source,
          campaignId: applicant.campaignId,
          region: applicant.region,
          ownerId: applicant.ownerId,
          professions,
          organisationId: applicant.organisationId ?? null,
          eventId: applicant.eventId ?? null,
        },
      ]),
    );
    await this.history.recordFirst(manager, changes, cohorts);
    await this.consentHistory.recordMany(manager, consents);
    await this.audit.recordMany(manager, audits);
    return applicants.map((applicant) => applicant.id);
  }

  /** The fields `fillEmptyFields` would fill: empty on the record, given in `input`. */
  emptyFieldsToFill(current: ApplicantEntity, input: Partial<CreateApplicantDto>): Partial<CreateApplicantDto> {
    const fillable = ['email', 'phone', 'postcode', 'dateOfBirth', 'audience', 'region', 'ageBand', 'source', 'campaignId', 'eventId', 'organisationId'] as const;
    return Object.fromEntries(
      fillable.filter((field) => (current[field] === null || current[field] === undefined) && input[field] !== undefined && input[field] !== null).map((field) => [field, input[field]]),
    ) as Partial<CreateApplicantDto>;
  }

  /**
   * Fills the fields an existing record has empty from `input`, never overwriting a value, inside the caller's
   * transaction (imports: a row that matches someone already in Pathway). Keeps the duplicate keys, search terms and
   * audit log as an edit would. Answers whether anything changed.
   */
  async fillEmptyFields(manager: EntityManager, actorId: string | null, current: ApplicantEntity, input: Partial<CreateApplicantDto>): Promise<boolean> {
    const fill = this.emptyFieldsToFill(current, input);
    if (Object.keys(fill).length === 0) return false;
    const merged = { email: current.email, phone: current.phone, postcode: current.postcode, dateOfBirth: current.dateOfBirth, ...fill };
    const changes: Partial<ApplicantEntity> = { ...this.plainFields(fill), ...this.contactFields(current.firstName, current.lastName, merged) };
    if (!(await this.applicants.updateIfVersion(manager, current.id, current.version, changes))) throw AppError.staleVersion('applicant');
    await this.writeLinks(manager, current.id, {}, { firstName: current.firstName, lastName: current.lastName, ...merged });
    if (touchesCohort(fill)) await this.progress.refresh(manager, [current.id]);
    await this.audit.record(manager, { actorId, action: 'update', entity: 'applicant', entityId: current.id, changes: this.audit.changes(current as unknown as Snapshot, { ...fill }, AUDITED_FIELDS) });
    return true;
  }

  /** Fields stored as given (undefined means "not sent", so an update leaves them alone). */
  plainFields(input: Partial<CreateApplicantDto>): Partial<ApplicantEntity> {
    const fields: Record<string, unknown> = {};
    for (const field of PLAIN_FIELDS) if (input[field] !== undefined) fields[field] = input[field];
    return fields as Partial<ApplicantEntity>;
  }

  /** Contact details in their stored forms, plus the keys duplicate detection matches on. */
  contactFields(firstName: string, lastName: string, input: { email?: string | null; phone?: string | null; postcode?: string | null; dateOfBirth?: string | null }): Partial<ApplicantEntity> {
    // Assigned one by one: an import builds 50,000 of these, and spreading a fresh object per field showed.
    const fields: Partial<ApplicantEntity> = { nameDobKey: nameAndBirthKey(firstName, lastName, input.dateOfBirth) };
    if (input.email !== undefined) fields.email = normaliseEmail(input.email);
    if (input.phone !== undefined) {
      fields.phone = input.phone?.trim() || null;
      fields.phoneNormalised = normalisePhone(input.phone);
    }
    if (input.postcode !== undefined) fields.postcode = normalisePostcode(input.postcode);
    if (input.dateOfBirth !== undefined) fields.dateOfBirth = input.dateOfBirth;
    return fields;
  }

  async writeLinks(
    manager: EntityManager,
    id: string,
    input: Partial<CreateApplicantDto>,
    contact: { firstName: string; lastName: string; email?: string | null; phone?: string | null; postcode?: string | null },
  ): Promise<void> {
    if (input.professionsOfInterest) await this.applicants.replaceProfessions(manager, id, [...new Set(input.professionsOfInterest)]);
    if (input.tags) await this.applicants.replaceTags(manager, id, normaliseTags(input.tags));
    await this.applicants.replaceSearchTerms(manager, id, searchTerms(contact));
  }
}

/** Fields stored as given. */
const PLAIN_FIELDS = ['firstName', 'lastName', 'audience', 'region', 'organisationId', 'ageBand', 'source', 'campaignId', 'eventId', 'ownerId', 'wpFirstInFamily', 'wpCareExperienced', 'wpDisability', 'wpEthnicity'] as const;

/**
 * What a person's progress row copies from their record (what funnels count them under, and what reach credits them
 * to): changing one of these rewrites the row and recounts them (`ApplicantProgressRepository`).
 */
const COHORT_FIELDS = ['firstContactAt', 'source', 'campaignId', 'region', 'ownerId', 'professionsOfInterest', 'organisationId', 'eventId'] as const;

export function touchesCohort(input: Partial<Record<(typeof COHORT_FIELDS)[number], unknown>>): boolean {
  return COHORT_FIELDS.some((field) => input[field] !== undefined);
}

export function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
