import { ReadCache, readKey } from '../../database/read-cache';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CONTACT_FOLLOW_UP_TYPES, DEFAULT_FOLLOW_UP_DAYS, FollowUpDto, FollowUpSummaryDto, FollowUpType, hasPermission, Page, Permission } from '@pathway/contracts';
import { DueBoundaries, dueBoundaries, dueBucket } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { paging, toPage } from '../../common/http/page-query.dto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionService } from '../../database/transaction.service';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantReferences } from '../applicants/applicant-references';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { CreateFollowUpDto, FollowUpListQueryDto, UpdateFollowUpDto } from './dto/follow-up.dto';
import { FollowUpEntity } from './follow-up.entity';
import { FollowUpRow, FollowUpsRepository } from './follow-ups.repository';
import { newId } from '../../database/new-id';

const AUDITED_FIELDS = ['assigneeId', 'dueAt', 'type', 'notes', 'status', 'outcome'] as const;
const DAY_MS = 86_400_000;

function toDto({ followUp: f, applicantName, doNotContact, assigneeName }: FollowUpRow, boundaries: DueBoundaries): FollowUpDto {
  return {
    id: f.id,
    applicantId: f.applicantId,
    applicantName,
    doNotContact,
    conversationId: f.conversationId,
    assigneeId: f.assigneeId,
    assigneeName,
    dueAt: f.dueAt.toISOString(),
    type: f.type,
    notes: f.notes,
    status: f.status,
    outcome: f.outcome,
    completedAt: f.completedAt?.toISOString() ?? null,
    bucket: f.status === 'open' ? dueBucket(f.dueAt, boundaries) : null,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
    version: f.version,
  };
}

const isContact = (type: FollowUpType) => CONTACT_FOLLOW_UP_TYPES.includes(type);

@Injectable()
export class FollowUpsService implements OnModuleInit {
  /** The boundaries of the day last asked about (see `boundaries`). */
  private day?: DueBoundaries;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly followUps: FollowUpsRepository,
    private readonly references: ApplicantReferences,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly cache: ReadCache,
  ) {}

  onModuleInit(): void {
    this.events.on('applicant.consent_withdrawn', (manager, { applicantId, actorId }) => this.cancelContactFollowUps(manager, applicantId, actorId));
  }

  /** Midnight, tomorrow's and next week's start in the time zone: worked out once a day, as they only move then. */
  boundaries(now = new Date()): DueBoundaries {
    const day = this.day;
    if (day && now >= day.startOfToday && now < day.startOfTomorrow) return { ...day, now };
    return (this.day = dueBoundaries(now, this.config.timezone));
  }

  /** A page of follow-ups; reused until the next write (and for at most a minute), and afresh each day. */
  list(actor: AuthenticatedUser, query: FollowUpListQueryDto): Promise<Page<FollowUpDto>> {
    const page = paging(query);
    const boundaries = this.boundaries();
    const filter = { applicantId: query.applicantId, assigneeId: this.resolveAssignee(actor, query.assignee), status: query.status, due: query.due };
    const key = readKey('follow-ups', { ...filter, ...page, day: boundaries.startOfToday.toISOString() });
    return this.cache.get(key, async () => {
      const [rows, total] = await this.followUps.list(filter, boundaries, page);
      return toPage(rows.map((row) => toDto(row, boundaries)), total, page);
    });
  }

  /** Counts per bucket of open follow-ups: the caller's, someone's, or everyone's (`all`). */
  async summary(actor: AuthenticatedUser, assignee = 'me'): Promise<FollowUpSummaryDto> {
    const assigneeId = assignee === 'all' ? undefined : this.resolveAssignee(actor, assignee);
    const boundaries = this.boundaries();
    const [overdue, today, week, later] = await Promise.all(
      (['overdue', 'today', 'week', 'later'] as const).map((due) => this.followUps.countBucket({ assigneeId, due }, boundaries)),
    );
    return { overdue, today, week, later };
  }

  async get(id: string, manager?: EntityManager): Promise<FollowUpDto> {
    const row = await this.followUps.findRow(id, manager);
    if (!row) throw AppError.notFound('Follow-up');
    return toDto(row, this.boundaries());
  }

  async create(actor: AuthenticatedUser, input: CreateFollowUpDto): Promise<FollowUpDto> {
    const id = await this.transactions.run(async (manager) => {
      const applicant = await this.applicantFor(manager, input.applicantId);
      this.refuseIfDoNotContact(applicant, input.type);
      const assigneeId = input.assigneeId ?? actor.id;
      await this.assertAssignee(manager, assigneeId);
      return this.insert(manager, actor.id, { applicantId: applicant.id, conversationId: input.conversationId ?? null, assigneeId, dueAt: new Date(input.dueAt), type: input.type, notes: input.notes ?? null });
    });
    return this.get(id);
  }

  /**
   * The follow-up a serious conversation creates when its applicant has none open: due in 7 days, for the officer.
   * A contact-type one is not allowed for someone who withdrew consent, so theirs is an "other" reminder instead.
   */
  async createAfterSeriousConversation(manager: EntityManager, actorId: string, applicant: ApplicantEntity, conversationId: string, nextStep: string | null): Promise<string | null> {
    if ((await this.followUps.countOpenFor(manager, applicant.id)) > 0) return null;
    const doNotContact = applicant.consentWithdrawnAt !== null;
    return this.insert(manager, actorId, {
      applicantId: applicant.id,
      conversationId,
      assigneeId: actorId,
      dueAt: new Date(Date.now() + DEFAULT_FOLLOW_UP_DAYS * DAY_MS),
      type: doNotContact ? 'other' : 'call',
      notes: nextStep ? `Next step agreed: ${nextStep}` : null,
    });
  }

  async update(actor: AuthenticatedUser, id: string, input: UpdateFollowUpDto): Promise<FollowUpDto> {
    await this.transactions.run(async (manager) => {
      const current = await this.followUps.findById(id, manager);
      if (!current) throw AppError.notFound('Follow-up');
      if (current.version !== input.version) throw AppError.staleVersion('follow-up');
      const applicant = await this.applicantFor(manager, current.applicantId);
      const nextStatus = input.status ?? current.status;
      if (nextStatus === 'open') this.refuseIfDoNotContact(applicant, input.type ?? current.type);
      if (input.assigneeId) await this.assertAssignee(manager, input.assigneeId);
      const changes: QueryDeepPartialEntity<FollowUpEntity> = {
        ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
        ...(input.dueAt !== undefined ? { dueAt: new Date(input.dueAt) } : {}),
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
        ...(input.status !== undefined && input.status !== current.status ? { status: input.status, completedAt: input.status === 'open' ? null : new Date() } : {}),
      };
      if (!(await this.followUps.updateIfVersion(manager, id, input.version, changes))) throw AppError.staleVersion('follow-up');
      await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'follow_up', entityId: id, changes: this.audit.changes(current as unknown as Record<string, unknown>, { ...input }, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  private async cancelContactFollowUps(manager: EntityManager, applicantId: string, actorId: string | null): Promise<void> {
    for (const followUp of await this.followUps.openContactFollowUps(manager, applicantId)) {
      await this.followUps.updateIfVersion(manager, followUp.id, followUp.version, { status: 'cancelled', completedAt: new Date(), outcome: 'Cancelled: consent to contact was withdrawn' });
      await this.audit.record(manager, { actorId, action: 'update', entity: 'follow_up', entityId: followUp.id, changes: [{ field: 'status', from: 'open', to: 'cancelled' }] });
    }
  }

  private async insert(manager: EntityManager, actorId: string, fields: Pick<FollowUpEntity, 'applicantId' | 'conversationId' | 'assigneeId' | 'dueAt' | 'type' | 'notes'>): Promise<string> {
    const id = newId();
    await this.followUps.insert(manager, Object.assign(new FollowUpEntity(), { id, ...fields, status: 'open', outcome: null, completedAt: null, createdById: actorId }));
    await this.audit.record(manager, { actorId, action: 'create', entity: 'follow_up', entityId: id, changes: this.audit.changes(null, { ...fields, status: 'open' }, AUDITED_FIELDS) });
    return id;
  }

  private async applicantFor(manager: EntityManager, applicantId: string): Promise<ApplicantEntity> {
    const applicant = await manager.findOneBy(ApplicantEntity, { id: applicantId });
    if (!applicant) throw AppError.field('applicantId', 'is not a known applicant');
    if (applicant.archivedAt) throw new AppError('conflict', 'This applicant is archived; restore them first');
    return applicant;
  }

  private refuseIfDoNotContact(applicant: ApplicantEntity, type: FollowUpType): void {
    if (applicant.consentWithdrawnAt && isContact(type)) {
      throw new AppError('do_not_contact', `${applicant.firstName} ${applicant.lastName} has withdrawn consent to be contacted: only "other" follow-ups are allowed`, [
        { field: 'type', message: 'must not contact someone who withdrew consent' },
      ]);
    }
  }

  /** Follow-ups go to people who can act on them: active officers and admins. */
  private async assertAssignee(manager: EntityManager, assigneeId: string): Promise<void> {
    await this.references.assertValid(manager, { ownerId: assigneeId }, { ownerId: 'assigneeId' });
    const assignee = await manager.findOne(UserEntity, { select: { id: true, role: true }, where: { id: assigneeId } });
    if (assignee && !hasPermission(assignee.role, Permission.ApplicantsWrite)) throw AppError.field('assigneeId', 'must be an officer or admin who can act on follow-ups');
  }

  /** `me` → the caller; otherwise the user named. */
  private resolveAssignee(actor: AuthenticatedUser, assignee: string | undefined): string | undefined {
    if (!assignee) return undefined;
    if (assignee === 'me') return actor.id;
    return assignee.toLowerCase();
  }
}
