import { ReadCache, readKey } from '../../database/read-cache';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ApplicantDto,
  ApplicantSummaryDto,
  BulkApplicantResponse,
  ConsentChangeDto,
  Page,
  PRIVACY_NOTICE_VERSION,
  WideningParticipation,
} from '@pathway/contracts';
import { CohortAttributes, nameAndBirthKey, normaliseEmail, normalisePhone, normalisePostcode, POSITION_STEP, searchTerms } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, toPage } from '../../common/http/page-query.dto';
import { TransactionService } from '../../database/transaction.service';
import { DomainEvents } from '../../common/events/domain-events';
import { AuditRecord, AuditService } from '../audit/audit.service';
import { ApplicantEntity } from './applicant.entity';
import { toCandidate, toDetail, toSummary, toWideningParticipation } from './applicant-mapper';
import { ApplicantReferences } from './applicant-references';
import { ApplicantProgressRepository } from './applicant-progress.repository';
import { ApplicantsRepository, NewApplicantLinks } from './applicants.repository';
import { ApplicantListQueryDto } from './dto/applicant-list-query.dto';
import { BulkApplicantsDto } from './dto/bulk-applicants.dto';
import { CreateApplicantDto } from './dto/create-applicant.dto';
import { UpdateApplicantDto } from './dto/update-applicant.dto';
import { ConsentChangeRecord, ConsentHistoryRepository } from './consent-history.repository';
import { StageChangeRecord, StageHistoryRepository } from './stage-history.repository';
import { newId } from '../../database/new-id';

/** Fields whose changes the audit log records (widening-participation values are redacted by the audit service). */
const AUDITED_FIELDS = [
  'firstName', 'lastName', 'email', 'phone', 'audience', 'region', 'postcode', 'organisationId', 'dateOfBirth', 'ageBand',
  'professionsOfInterest', 'source', 'firstContactAt', 'campaignId', 'eventId', 'ownerId', 'consentToContact', 'wpFirstInFamily', 'wpCareExperienced',
  'wpDisability', 'wpEthnicity', 'tags',
] as const;

type Snapshot = Record<string, unknown>;

/** What a new person needs: a name at least, and any other field of the create request. */
export type NewApplicantInput = Partial<CreateApplicantDto> & Pick<CreateApplicantDto, 'firstName' | 'lastName'>;

const normaliseTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()))];

/** An erased record keeps only anonymous facts for the figures: nobody edits or restores it. */
function assertNotErased(applicant: ApplicantEntity): void {
  if (applicant.erasedAt) throw new AppError('conflict', "This person's data was erased; the record cannot be changed or restored");
}

@Injectable()
export class ApplicantsService {
  constructor(
    private readonly applicants: ApplicantsRepository,
    private readonly history: StageHistoryRepository,
    private readonly references: ApplicantReferences,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly consentHistory: ConsentHistoryRepository,
    private readonly cache: ReadCache,
    private readonly progress: ApplicantProgressRepository,
  ) {}

  /** A page of the list; reused until the next write, as the total that costs most on a large caseload. */
  list(query: ApplicantListQueryDto): Promise<Page<ApplicantSummaryDto>> {
    return this.cache.get(readKey('applicants', query), () => this.listPage(query));
  }

  private async listPage(query: ApplicantListQueryDto): Promise<Page<ApplicantSummaryDto>> {
    const page = paging(query);
    const [rows, total] = await this.applicants.list(query, page);
    const links = await this.applicants.links(rows.map((row) => row.applicant.id));
    return toPage(rows.map((row) => toSummary(row, links)), total, page);
  }

  async get(id: string, manager?: EntityManager): Promise<ApplicantDto> {
    const row = await this.applicants.findRow(id, manager);
    if (!row) throw AppError.notFound('Applicant');
    return toDetail(row, await this.applicants.links([id], manager));
  }

  /** Special-category data, for roles allowed to see it; every read is audited. */
  async wideningParticipation(actor: AuthenticatedUser, id: string): Promise<WideningParticipation> {
    return this.transactions.run(async (manager) => {
      const applicant = await this.applicants.findById(id, manager);
      if (!applicant) throw AppError.notFound('Applicant');
      await this.audit.record(manager, { actorId: actor.id, action: 'read_sensitive', entity: 'applicant', entityId: id, changes: [] });
      return toWideningParticipation(applicant);
    });
  }

  async create(actor: AuthenticatedUser, input: CreateApplicantDto): Promise<ApplicantDto> {
    const id = await this.transactions.run(async (manager) => {
      await this.references.assertValid(manager, input);
      if (!input.allowDuplicate) await this.refuseDuplicates(input);
      const ownerId = input.ownerId !== undefined ? input.ownerId : actor.role === 'officer' ? actor.id : null;
      return this.insertApplicant(manager, { actorId: actor.id, input: { ...input, ownerId }, consentSource: 'recorded_by_staff' });
    });
    return this.get(id);
  }

  /** 409 with the likely matches when this person seems to be in Pathway already. */
  async refuseDuplicates(input: Pick<CreateApplicantDto, 'firstName' | 'lastName' | 'email' | 'phone' | 'dateOfBirth'>): Promise<void> {
    const contact = this.contactFields(input.firstName, input.lastName, input);
    const matches = await this.applicants.duplicates({ email: contact.email ?? null, phoneNormalised: contact.phoneNormalised ?? null, nameDobKey: contact.nameDobKey ?? null });
    if (matches.length) {
      throw new AppError('duplicate_applicant', 'This person may already be in Pathway', undefined, matches.map(({ row, matchedOn }) => toCandidate(row, matchedOn)));
    }
  }

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
    for (const [index, { input, guardianEmail = null }] of people.entries()) {
      const id = newId();
      const consent = input.consentToContact ? { consentGiven: true, consentGivenAt: now, consentSource, consentWordingVersion: PRIVACY_NOTICE_VERSION } : {};
      applicants.push(
        Object.assign(new ApplicantEntity(), {
          id,
          ...this.plainFields(input),
          ...this.contactFields(input.firstName, input.lastName, input),
          stage: 'enquiry',
          position: top - POSITION_STEP * (people.length - index),
          stageChangedAt: now,
          firstContactAt: input.firstContactAt ? new Date(input.firstContactAt) : now,
          createdById: actorId,
          guardianEmail,
          ...consent,
        }),
      );
      for (const professionCode of new Set(input.professionsOfInterest ?? [])) links.professions.push({ applicantId: id, professionCode });
      for (const tag of normaliseTags(input.tags ?? [])) links.tags.push({ applicantId: id, tag });
      links.searchDocuments.push({ applicantId: id, terms: searchTerms(input) });
      changes.push({ applicantId: id, from: null, to: 'enquiry', at: now, byId: actorId, reason: null });
      if (input.consentToContact) consents.push({ applicantId: id, given: true, at: now, source: consentSource, wordingVersion: PRIVACY_NOTICE_VERSION, byId: actorId });
      audits.push({ actorId, action: 'create', entity: 'applicant', entityId: id, changes: this.audit.changes(null, { ...input }, AUDITED_FIELDS) });
    }
    await this.applicants.insertMany(manager, applicants, links);
    const professionsOf = new Map<string, string[]>();
    for (const link of links.professions) professionsOf.set(link.applicantId, [...(professionsOf.get(link.applicantId) ?? []), link.professionCode]);
    const cohorts = new Map(
      applicants.map((applicant): [string, CohortAttributes] => [
        applicant.id,
        {
          cohortAt: applicant.firstContactAt,
          source: applicant.source,
          campaignId: applicant.campaignId,
          region: applicant.region,
          ownerId: applicant.ownerId,
          professions: professionsOf.get(applicant.id) ?? [],
        },
      ]),
    );
    await this.history.recordFirst(manager, changes, cohorts);
    await this.consentHistory.recordMany(manager, consents);
    await this.audit.recordMany(manager, audits);
    return applicants.map((applicant) => applicant.id);
  }

  /**
   * Fills the fields an existing record has empty from `input`, never overwriting a value, inside the caller's
   * transaction (imports: a row that matches someone already in Pathway). Keeps the duplicate keys, search terms and
   * audit log as an edit would. Answers whether anything changed.
   */
  /** The fields `fillEmptyFields` would fill: empty on the record, given in `input`. */
  emptyFieldsToFill(current: ApplicantEntity, input: Partial<CreateApplicantDto>): Partial<CreateApplicantDto> {
    const fillable = ['email', 'phone', 'postcode', 'dateOfBirth', 'audience', 'region', 'ageBand', 'source', 'campaignId', 'eventId', 'organisationId'] as const;
    return Object.fromEntries(
      fillable.filter((field) => (current[field] === null || current[field] === undefined) && input[field] !== undefined && input[field] !== null).map((field) => [field, input[field]]),
    ) as Partial<CreateApplicantDto>;
  }

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

  async update(actor: AuthenticatedUser, id: string, input: UpdateApplicantDto): Promise<ApplicantDto> {
    await this.transactions.run(async (manager) => {
      const current = await this.applicants.findById(id, manager);
      if (!current) throw AppError.notFound('Applicant');
      assertNotErased(current);
      if (current.version !== input.version) throw AppError.staleVersion('applicant');
      await this.references.assertValid(manager, input);
      const links = await this.applicants.links([id], manager);
      const before: Snapshot = { ...current, consentToContact: current.consentGiven, professionsOfInterest: links.professions.get(id) ?? [], tags: links.tags.get(id) ?? [] };
      const firstName = input.firstName ?? current.firstName;
      const lastName = input.lastName ?? current.lastName;
      const merged = { email: current.email, phone: current.phone, postcode: current.postcode, dateOfBirth: current.dateOfBirth, ...stripUndefined(input) };
      const consent = this.consentChange(current, input.consentToContact);
      const changes: Partial<ApplicantEntity> = {
        ...this.plainFields(input),
        ...this.contactFields(firstName, lastName, merged),
        ...(input.firstContactAt !== undefined ? { firstContactAt: input.firstContactAt ? new Date(input.firstContactAt) : null } : {}),
        ...consent,
      };
      if (!(await this.applicants.updateIfVersion(manager, id, input.version, changes))) throw AppError.staleVersion('applicant');
      if (consent.consentGiven !== undefined) await this.recordConsentChange(manager, id, consent, actor.id);
      await this.writeLinks(manager, id, input, { firstName, lastName, ...merged });
      if (touchesCohort(input)) await this.progress.refresh(manager, [id]);
      const stored = { email: changes.email, phone: changes.phone, postcode: changes.postcode };
      const after = { ...input, ...stripUndefined(stored), tags: input.tags && normaliseTags(input.tags) };
      const diff = this.audit.changes(before, after, AUDITED_FIELDS);
      await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'applicant', entityId: id, changes: diff });
      if (current.consentGiven && input.consentToContact === false) {
        await this.events.emit(manager, 'applicant.consent_withdrawn', { applicantId: id, actorId: actor.id });
      }
    });
    return this.get(id);
  }

  async consentHistoryOf(id: string): Promise<ConsentChangeDto[]> {
    if (!(await this.applicants.findById(id))) throw AppError.notFound('Applicant');
    return this.consentHistory.list(id);
  }

  async archive(actor: AuthenticatedUser, id: string): Promise<void> {
    await this.setArchived(actor, id, true);
  }

  async restore(actor: AuthenticatedUser, id: string): Promise<ApplicantDto> {
    await this.setArchived(actor, id, false);
    return this.get(id);
  }

  /** Assigns an owner and/or adds tags to up to 100 applicants at once, all or nothing. */
  async bulk(actor: AuthenticatedUser, input: BulkApplicantsDto): Promise<BulkApplicantResponse> {
    if (input.ownerId === undefined && !input.addTags?.length) throw AppError.field('ownerId', 'or addTags is required');
    const ids = [...new Set(input.ids)];
    return this.transactions.run(async (manager) => {
      const found = await this.applicants.existingIds(ids, manager);
      if (found.length !== ids.length) throw AppError.field('ids', `has unknown applicants: ${ids.filter((id) => !found.includes(id)).join(', ')}`);
      await this.references.assertValid(manager, { ownerId: input.ownerId });
      const tags = normaliseTags(input.addTags ?? []);
      for (const id of ids) {
        if (input.ownerId !== undefined) await this.applicants.update(manager, id, { ownerId: input.ownerId });
        const changes = [
          ...(input.ownerId !== undefined ? [{ field: 'ownerId', to: input.ownerId }] : []),
          ...(tags.length ? [{ field: 'tags', to: tags }] : []),
        ];
        await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'applicant', entityId: id, changes });
      }
      if (tags.length) await this.applicants.addTags(manager, ids, tags);
      if (input.ownerId !== undefined) await this.progress.refresh(manager, ids);
      return { updated: ids.length };
    });
  }

  private async setArchived(actor: AuthenticatedUser, id: string, archived: boolean): Promise<void> {
    await this.transactions.run(async (manager) => {
      const current = await this.applicants.findById(id, manager);
      if (!current) throw AppError.notFound('Applicant');
      assertNotErased(current);
      if (Boolean(current.archivedAt) === archived) return;
      await this.applicants.update(manager, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(manager, { actorId: actor.id, action: archived ? 'delete' : 'restore', entity: 'applicant', entityId: id, changes: [] });
    });
  }

  /** Fields stored as given (undefined means "not sent", so an update leaves them alone). */
  private plainFields(input: Partial<CreateApplicantDto>): Partial<ApplicantEntity> {
    const fields = ['firstName', 'lastName', 'audience', 'region', 'organisationId', 'ageBand', 'source', 'campaignId', 'eventId', 'ownerId', 'wpFirstInFamily', 'wpCareExperienced', 'wpDisability', 'wpEthnicity'] as const;
    return Object.fromEntries(fields.filter((field) => input[field] !== undefined).map((field) => [field, input[field]])) as Partial<ApplicantEntity>;
  }

  /** Contact details in their stored forms, plus the keys duplicate detection matches on. */
  private contactFields(firstName: string, lastName: string, input: { email?: string | null; phone?: string | null; postcode?: string | null; dateOfBirth?: string | null }): Partial<ApplicantEntity> {
    return {
      ...(input.email !== undefined ? { email: normaliseEmail(input.email) } : {}),
      ...(input.phone !== undefined ? { phone: input.phone?.trim() || null, phoneNormalised: normalisePhone(input.phone) } : {}),
      ...(input.postcode !== undefined ? { postcode: normalisePostcode(input.postcode) } : {}),
      ...(input.dateOfBirth !== undefined ? { dateOfBirth: input.dateOfBirth } : {}),
      nameDobKey: nameAndBirthKey(firstName, lastName, input.dateOfBirth),
    };
  }

  private recordConsentChange(manager: EntityManager, applicantId: string, consent: Partial<ApplicantEntity>, byId: string): Promise<void> {
    const given = consent.consentGiven === true;
    return this.consentHistory.record(manager, {
      applicantId,
      given,
      at: (given ? consent.consentGivenAt : consent.consentWithdrawnAt) ?? new Date(),
      source: given ? (consent.consentSource ?? null) : null,
      wordingVersion: given ? (consent.consentWordingVersion ?? null) : null,
      byId,
    });
  }

  private consentChange(current: ApplicantEntity, consent: boolean | undefined): Partial<ApplicantEntity> {
    if (consent === undefined || consent === current.consentGiven) return {};
    return consent
      ? { consentGiven: true, consentGivenAt: new Date(), consentSource: 'recorded_by_staff', consentWordingVersion: PRIVACY_NOTICE_VERSION, consentWithdrawnAt: null }
      : { consentGiven: false, consentWithdrawnAt: new Date() };
  }

  private async writeLinks(
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

/** What a funnel counts a person under: changing one of these recounts them (`ApplicantProgressRepository`). */
const COHORT_FIELDS = ['firstContactAt', 'source', 'campaignId', 'region', 'ownerId', 'professionsOfInterest'] as const;

function touchesCohort(input: Partial<Record<(typeof COHORT_FIELDS)[number], unknown>>): boolean {
  return COHORT_FIELDS.some((field) => input[field] !== undefined);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
