import { Injectable } from '@nestjs/common';
import { ApplicantTimelineDto, AuditEntryDto, TimelineEntryDto, TimelineEntryType } from '@pathway/contracts';
import { AppError } from '../../common/errors/app-error';
import { ApplicantsRepository } from '../applicants/applicants.repository';
import { StageHistoryRepository } from '../applicants/stage-history.repository';
import { AuditService } from '../audit/audit.service';
import { ConversationsRepository } from '../conversations/conversations.repository';
import { FollowUpsRepository } from '../follow-ups/follow-ups.repository';

const TYPE_BY_ACTION: Partial<Record<AuditEntryDto['action'], TimelineEntryType>> = {
  create: 'created',
  update: 'edit',
  delete: 'archived',
  restore: 'restored',
};

/**
 * An applicant's story, newest first: stage changes, edits (from the audit log), conversations, and follow-ups
 * planned and closed.
 */
@Injectable()
export class ApplicantTimelineService {
  constructor(
    private readonly applicants: ApplicantsRepository,
    private readonly history: StageHistoryRepository,
    private readonly audit: AuditService,
    private readonly conversations: ConversationsRepository,
    private readonly followUps: FollowUpsRepository,
  ) {}

  async timeline(id: string): Promise<ApplicantTimelineDto> {
    if (!(await this.applicants.findById(id))) throw AppError.notFound('Applicant');
    const [changes, entries, conversations, followUps] = await Promise.all([
      this.history.forApplicant(id),
      this.audit.forEntity('applicant', id),
      this.conversations.forApplicant(id),
      this.followUps.forApplicant(id),
    ]);
    const conversationEntries: TimelineEntryDto[] = conversations.map(({ conversation: c, officerName, eventTitle }) => ({
      id: c.id,
      type: 'conversation',
      at: c.occurredAt.toISOString(),
      actorName: officerName,
      conversation: { id: c.id, officerId: c.officerId, channel: c.channel, eventTitle, serious: c.serious, summary: c.summary, nextStep: c.nextStep },
    }));
    const followUpEntries: TimelineEntryDto[] = followUps.flatMap(({ followUp: f, assigneeName }) => {
      const followUp = { id: f.id, type: f.type, status: f.status, dueAt: f.dueAt.toISOString(), assigneeName, outcome: f.outcome };
      const planned: TimelineEntryDto = { id: `${f.id}:planned`, type: 'follow_up', at: f.createdAt.toISOString(), actorName: assigneeName, followUp };
      return f.completedAt ? [planned, { id: `${f.id}:closed`, type: 'follow_up_closed', at: f.completedAt.toISOString(), actorName: assigneeName, followUp }] : [planned];
    });
    const stageEntries: TimelineEntryDto[] = changes
      .filter((change) => change.from !== null)
      .map((change) => ({ id: change.id, type: 'stage_change', at: change.at, actorName: change.byName, stageChange: change }));
    const auditEntries: TimelineEntryDto[] = entries.flatMap((entry) => {
      const type = TYPE_BY_ACTION[entry.action];
      // Stage moves already appear from the stage history; an edit that changed nothing else is not shown twice.
      const changesOtherThanStage = entry.changes.filter((change) => change.field !== 'stage');
      if (!type || (type === 'edit' && changesOtherThanStage.length === 0)) return [];
      return [{ id: entry.id, type, at: entry.at, actorName: entry.actorName, changes: changesOtherThanStage }];
    });
    const items = [...stageEntries, ...auditEntries, ...conversationEntries, ...followUpEntries].sort((a, b) => b.at.localeCompare(a.at) || (a.type === 'created' ? 1 : b.type === 'created' ? -1 : 0));
    return { items };
  }
}
