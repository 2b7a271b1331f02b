import { Injectable } from '@nestjs/common';
import { ApplicantTimelineDto, AuditEntryDto, TimelineEntryDto, TimelineEntryType } from '@pathway/contracts';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { ApplicantsRepository } from './applicants.repository';
import { StageHistoryRepository } from './stage-history.repository';

const TYPE_BY_ACTION: Partial<Record<AuditEntryDto['action'], TimelineEntryType>> = {
  create: 'created',
  update: 'edit',
  delete: 'archived',
  restore: 'restored',
};

/**
 * An applicant's story, newest first: stage changes from the stage history and edits from the audit log. Later
 * features (conversations, follow-ups, events) add their own entries here.
 */
@Injectable()
export class ApplicantTimelineService {
  constructor(
    private readonly applicants: ApplicantsRepository,
    private readonly history: StageHistoryRepository,
    private readonly audit: AuditService,
  ) {}

  async timeline(id: string): Promise<ApplicantTimelineDto> {
    if (!(await this.applicants.findById(id))) throw AppError.notFound('Applicant');
    const [changes, entries] = await Promise.all([this.history.forApplicant(id), this.audit.forEntity('applicant', id)]);
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
    const items = [...stageEntries, ...auditEntries].sort((a, b) => b.at.localeCompare(a.at) || (a.type === 'created' ? 1 : b.type === 'created' ? -1 : 0));
    return { items };
  }
}
