import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConversationCriteria, ConversationDto, ConversationLoggedDto, Page, Stage } from '@pathway/contracts';
import { assessConversation, progressIndex } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, toPage } from '../../common/http/page-query.dto';
import { TransactionService } from '../../database/transaction.service';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { AuditService } from '../audit/audit.service';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { PipelineService } from '../pipeline/pipeline.service';
import { ConversationEntity } from './conversation.entity';
import { ConversationRow, ConversationsRepository } from './conversations.repository';
import { ConversationListQueryDto, CreateConversationDto, UpdateConversationDto } from './dto/conversation.dto';
import { newId } from '../../database/new-id';

const CRITERIA = ['twoWay', 'professionDiscussed', 'routesDiscussed', 'fundingDiscussed', 'placementsDiscussed', 'nextStepAgreed'] as const;
const AUDITED_FIELDS = ['occurredAt', 'channel', 'eventId', 'summary', ...CRITERIA, 'nextStep', 'barrier', 'serious'] as const;
/** A little slack for clocks that run ahead. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function toConversationDto({ conversation: c, applicantName, officerName, eventTitle }: ConversationRow): ConversationDto {
  return {
    id: c.id,
    applicantId: c.applicantId,
    applicantName,
    officerId: c.officerId,
    officerName,
    occurredAt: c.occurredAt.toISOString(),
    channel: c.channel,
    eventId: c.eventId,
    eventTitle,
    summary: c.summary,
    twoWay: c.twoWay,
    professionDiscussed: c.professionDiscussed,
    routesDiscussed: c.routesDiscussed,
    fundingDiscussed: c.fundingDiscussed,
    placementsDiscussed: c.placementsDiscussed,
    nextStepAgreed: c.nextStepAgreed,
    nextStep: c.nextStep,
    barrier: c.barrier,
    serious: c.serious,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

function criteriaOf(input: Partial<ConversationCriteria>, fallback?: ConversationCriteria): ConversationCriteria {
  return Object.fromEntries(CRITERIA.map((key) => [key, input[key] ?? fallback?.[key] ?? false])) as unknown as ConversationCriteria;
}

function assertNotFuture(occurredAt: string | undefined): void {
  if (occurredAt && new Date(occurredAt).getTime() > Date.now() + FUTURE_TOLERANCE_MS) throw AppError.field('occurredAt', 'must not be in the future');
}

@Injectable()
export class ConversationsService {
  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly pipeline: PipelineService,
    private readonly followUps: FollowUpsService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(query: ConversationListQueryDto): Promise<Page<ConversationDto>> {
    const page = paging(query);
    const [rows, total] = await this.conversations.list(query, page);
    return toPage(rows.map(toConversationDto), total, page);
  }

  async get(id: string): Promise<ConversationDto> {
    const row = await this.conversations.findRow(id);
    if (!row) throw AppError.notFound('Conversation');
    return toConversationDto(row);
  }

  /**
   * Logs a conversation. A serious one also, in the same transaction, moves an applicant who is not yet that far on
   * to `serious_conversation`, and creates a follow-up when none is open.
   */
  async log(actor: AuthenticatedUser, applicantId: string, input: CreateConversationDto): Promise<ConversationLoggedDto> {
    assertNotFuture(input.occurredAt);
    const criteria = criteriaOf(input);
    const { serious } = assessConversation(criteria);
    const id = newId();
    const effects = await this.transactions.run(async (manager) => {
      const applicant = await this.applicantFor(manager, applicantId);
      await this.assertEventExists(manager, input.eventId);
      await this.conversations.insert(
        manager,
        Object.assign(new ConversationEntity(), {
          id,
          applicantId,
          officerId: actor.id,
          occurredAt: new Date(input.occurredAt),
          channel: input.channel,
          eventId: input.eventId ?? null,
          summary: input.summary ?? null,
          ...criteria,
          nextStep: input.nextStep ?? null,
          barrier: input.barrier ?? null,
          serious,
        }),
      );
      await this.audit.record(manager, { actorId: actor.id, action: 'create', entity: 'conversation', entityId: id, changes: this.audit.changes(null, { ...input, ...criteria, serious }, AUDITED_FIELDS) });
      return serious ? this.applySeriousEffects(manager, actor, applicant, id, input.nextStep ?? null) : { stageChangedFrom: null, followUpId: null };
    });
    return { ...(await this.get(id)), ...effects };
  }

  /** Corrections are audited with their reason; the author, a manager or an admin may correct. */
  async update(actor: AuthenticatedUser, id: string, input: UpdateConversationDto): Promise<ConversationLoggedDto> {
    assertNotFuture(input.occurredAt);
    const effects = await this.transactions.run(async (manager) => {
      const current = await this.conversations.findById(id, manager);
      if (!current) throw AppError.notFound('Conversation');
      this.assertMayEdit(actor, current);
      if (current.version !== input.version) throw AppError.staleVersion('conversation');
      await this.assertEventExists(manager, input.eventId);
      const criteria = criteriaOf(input, current);
      const { serious } = assessConversation(criteria);
      if ((current.serious || serious) && !input.reason) {
        throw AppError.field('reason', 'is required to correct a serious conversation');
      }
      const changes = {
        ...(input.occurredAt !== undefined ? { occurredAt: new Date(input.occurredAt) } : {}),
        ...(input.channel !== undefined ? { channel: input.channel } : {}),
        ...(input.eventId !== undefined ? { eventId: input.eventId } : {}),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        ...(input.nextStep !== undefined ? { nextStep: input.nextStep } : {}),
        ...(input.barrier !== undefined ? { barrier: input.barrier } : {}),
        ...criteria,
        serious,
      };
      if (!(await this.conversations.updateIfVersion(manager, id, input.version, changes))) throw AppError.staleVersion('conversation');
      const diff = this.audit.changes(current as unknown as Record<string, unknown>, changes, AUDITED_FIELDS);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'update',
        entity: 'conversation',
        entityId: id,
        changes: input.reason ? [...diff, { field: 'reason', to: input.reason }] : diff,
      });
      if (serious && !current.serious) {
        const applicant = await this.applicantFor(manager, current.applicantId);
        return this.applySeriousEffects(manager, actor, applicant, id, changes.nextStep ?? current.nextStep);
      }
      return { stageChangedFrom: null, followUpId: null };
    });
    return { ...(await this.get(id)), ...effects };
  }

  /** A conversation that was logged by mistake can be removed, unless it counts as serious (correct it instead). */
  async remove(actor: AuthenticatedUser, id: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const current = await this.conversations.findById(id, manager);
      if (!current) throw AppError.notFound('Conversation');
      this.assertMayEdit(actor, current, true);
      if (current.serious) throw new AppError('already_serious', 'A serious conversation cannot be deleted; correct it with a reason instead');
      await this.conversations.delete(manager, id);
      await this.audit.record(manager, { actorId: actor.id, action: 'delete', entity: 'conversation', entityId: id, changes: [] });
    });
  }

  private async applySeriousEffects(manager: EntityManager, actor: AuthenticatedUser, applicant: ApplicantEntity, conversationId: string, nextStep: string | null) {
    let stageChangedFrom: Stage | null = null;
    if (applicant.stage !== 'closed' && progressIndex(applicant.stage) < progressIndex('serious_conversation')) {
      await this.pipeline.place(manager, actor, applicant.id, { stage: 'serious_conversation' }, false);
      stageChangedFrom = applicant.stage;
    }
    const followUpId = await this.followUps.createAfterSeriousConversation(manager, actor.id, applicant, conversationId, nextStep);
    return { stageChangedFrom, followUpId };
  }

  private async assertEventExists(manager: EntityManager, eventId: string | null | undefined): Promise<void> {
    if (eventId && !(await this.conversations.eventExists(manager, eventId))) throw AppError.field('eventId', 'is not an event');
  }

  private async applicantFor(manager: EntityManager, applicantId: string): Promise<ApplicantEntity> {
    const applicant = await manager.findOneBy(ApplicantEntity, { id: applicantId });
    if (!applicant) throw AppError.notFound('Applicant');
    if (applicant.archivedAt) throw new AppError('conflict', 'This applicant is archived; restore them first');
    return applicant;
  }

  /** Officers change only their own conversations; managers may correct any but not delete; admins may do both. */
  private assertMayEdit(actor: AuthenticatedUser, conversation: ConversationEntity, removing = false): void {
    if (actor.role === 'officer' && conversation.officerId !== actor.id) {
      throw new AppError('forbidden', 'Only the officer who logged this conversation, a manager or an admin can change it');
    }
    if (removing && actor.role === 'manager') throw new AppError('forbidden', 'Managers correct conversations; they do not delete them');
  }
}
