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
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, toPage } from '../../common/http/page-query.dto';
import { TransactionService } from '../../database/transaction.service';
import { DomainEvents } from '../../common/events/domain-events';
import { AuditService } from '../audit/audit.service';
import { ApplicantEntity } from './applicant.entity';
import { toCandidate, toDetail, toSummary, toWideningParticipation } from './applicant-mapper';
import { ApplicantReferences } from './applicant-references';
import { ApplicantProgressRepository } from './applicant-progress.repository';
import { ApplicantsRepository } from './applicants.repository';
import { ApplicantListQueryDto } from './dto/applicant-list-query.dto';
import { BulkApplicantsDto } from './dto/bulk-applicants.dto';
import { CreateApplicantDto } from './dto/create-applicant.dto';
import { UpdateApplicantDto } from './dto/update-applicant.dto';
import { ConsentHistoryRepository } from './consent-history.repository';
import { ApplicantWriter, AUDITED_FIELDS, normaliseTags, Snapshot, stripUndefined, touchesCohort } from './applicant-writer';

/** An erased record keeps only anonymous facts for the figures: nobody edits or restores it. */
function assertNotErased(applicant: ApplicantEntity): void {
  if (applicant.erasedAt) throw new AppError('conflict', "This person's data was erased; the record cannot be changed or restored");
}

@Injectable()
export class ApplicantsService {
  constructor(
    private readonly applicants: ApplicantsRepository,
    private readonly references: ApplicantReferences,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly consentHistory: ConsentHistoryRepository,
    private readonly cache: ReadCache,
    private readonly progress: ApplicantProgressRepository,
    private readonly writer: ApplicantWriter,
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
      return this.writer.insertApplicant(manager, { actorId: actor.id, input: { ...input, ownerId }, consentSource: 'recorded_by_staff' });
    });
    return this.get(id);
  }

  /** 409 with the likely matches when this person seems to be in Pathway already. */
  async refuseDuplicates(input: Pick<CreateApplicantDto, 'firstName' | 'lastName' | 'email' | 'phone' | 'dateOfBirth'>): Promise<void> {
    const contact = this.writer.contactFields(input.firstName, input.lastName, input);
    const matches = await this.applicants.duplicates({ email: contact.email ?? null, phoneNormalised: contact.phoneNormalised ?? null, nameDobKey: contact.nameDobKey ?? null });
    if (matches.length) {
      throw new AppError('duplicate_applicant', 'This person may already be in Pathway', undefined, matches.map(({ row, matchedOn }) => toCandidate(row, matchedOn)));
    }
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
        ...this.writer.plainFields(input),
        ...this.writer.contactFields(firstName, lastName, merged),
        ...(input.firstContactAt !== undefined ? { firstContactAt: input.firstContactAt ? new Date(input.firstContactAt) : null } : {}),
        ...consent,
      };
      if (!(await this.applicants.updateIfVersion(manager, id, input.version, changes))) throw AppError.staleVersion('applicant');
      if (consent.consentGiven !== undefined) await this.recordConsentChange(manager, id, consent, actor.id);
      await this.writer.writeLinks(manager, id, input, { firstName, lastName, ...merged });
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

}

