import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PROGRESS_STAGES, ProgressStage } from '@pathway/contracts';
import { MonthWindow } from '@pathway/domain';
import { countPerMonth } from '../../database/per-month';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ConcernEntity } from '../concerns/concern.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { EventEntity } from '../events/event.entity';
import { FollowUpEntity } from '../follow-ups/follow-up.entity';
import { SurveyInvitationEntity, SurveyResponseEntity } from '../surveys/survey.entities';

/** A dated thing to count (or add up) into months. */
export interface Dated {
  at: Date;
  value?: number;
}

/** Every query the dashboards need. Monthly trends are counted per month window in the database. */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get manager() {
    return this.dataSource.manager;
  }

  /** Applicants first contacted (the funnel's cohort date), per month. */
  firstContacts(months: readonly MonthWindow[]): Promise<Dated[]> {
    return this.perMonth(() => this.manager.createQueryBuilder(ApplicantEntity, 'a'), 'a.first_contact_at', months);
  }

  /** People who first reached `stage` or a later one, per month of doing so (from `applicant_progress`). */
  firstReached(stage: ProgressStage, months: readonly MonthWindow[]): Promise<Dated[]> {
    const column = `p.reached_${PROGRESS_STAGES.indexOf(stage)}`;
    return this.perMonth(() => this.manager.createQueryBuilder().from('applicant_progress', 'p'), column, months);
  }

  /** Serious conversations per month, of one officer when given. */
  seriousConversations(months: readonly MonthWindow[], officerId?: string): Promise<Dated[]> {
    const serious = () => {
      const builder = this.manager
        .createQueryBuilder(ConversationEntity, 'c')
        .where('c.serious = :serious', { serious: true });
      return officerId ? builder.andWhere('c.officer_id = :officerId', { officerId }) : builder;
    };
    return this.perMonth(serious, 'c.occurred_at', months);
  }

  /** Rows per month window of `column`: one entry per window, dated at its start, with the count as its value. */
  private async perMonth(
    rows: () => SelectQueryBuilder<ObjectLiteral>,
    column: string,
    months: readonly MonthWindow[],
  ): Promise<Dated[]> {
    const counts = await countPerMonth<{ total: number | string }>(this.dataSource, months, column, () =>
      rows().select('COUNT(*)', 'total'),
    );
    return months.map((month, index) => ({ at: month.from, value: Number(counts[index]?.total ?? 0) }));
  }

  /** Events that started in `[from, to)` (held, when `to` is now), each with the young people it reached. */
  async events(from: Date, to: Date): Promise<{ at: Date; youngPeople: number }[]> {
    const rows = await this.manager
      .createQueryBuilder(EventEntity, 'e')
      .select('e.starts_at', 'at')
      .addSelect('e.young_people', 'young_people')
      .where('e.starts_at >= :from AND e.starts_at < :to', { from, to })
      .getRawMany<{ at: string | Date; young_people: number | string }>();
    return rows.map((row) => ({ at: toDate(row.at), youngPeople: Number(row.young_people) }));
  }

  /** Concerns not yet resolved, and how many of those are past their due time. */
  async concerns(now: Date): Promise<{ open: number; overdue: number }> {
    const unresolved = () =>
      this.manager.createQueryBuilder(ConcernEntity, 'c').where('c.status <> :resolved', { resolved: 'resolved' });
    const [open, overdue] = await Promise.all([
      unresolved().getCount(),
      unresolved().andWhere('c.due_at < :now', { now }).getCount(),
    ]);
    return { open, overdue };
  }

  /** Open follow-ups of one person due before `before` (overdue ones included), on applicants still on file. */
  async followUpsDue(assigneeId: string, from: Date | undefined, before: Date): Promise<number> {
    const builder = this.manager
      .createQueryBuilder(FollowUpEntity, 'f')
      .innerJoin(ApplicantEntity, 'a', 'a.id = f.applicant_id')
      .where('a.archived_at IS NULL')
      .andWhere('f.assignee_id = :assigneeId', { assigneeId })
      .andWhere('f.status = :status', { status: 'open' })
      .andWhere('f.due_at < :before', { before });
    if (from) builder.andWhere('f.due_at >= :from', { from });
    return builder.getCount();
  }

  /** How many of one officer's applicants (on file) stand at each pipeline stage now. */
  async ownedByStage(ownerId: string): Promise<Record<ProgressStage, number>> {
    const rows = await this.manager
      .createQueryBuilder(ApplicantEntity, 'a')
      .select('a.stage', 'stage')
      .addSelect('COUNT(*)', 'total')
      .where('a.owner_id = :ownerId', { ownerId })
      .andWhere('a.archived_at IS NULL')
      .groupBy('a.stage')
      .getRawMany<{ stage: string; total: number | string }>();
    const counts = Object.fromEntries(PROGRESS_STAGES.map((stage) => [stage, 0])) as Record<ProgressStage, number>;
    for (const row of rows) if (row.stage in counts) counts[row.stage as ProgressStage] = Number(row.total);
    return counts;
  }

  /** Survey responses nobody has reviewed yet. */
  responsesAwaitingReview(): Promise<number> {
    return this.manager.countBy(SurveyResponseEntity, { reviewStatus: 'new' });
  }

  /** Survey links created in `[from, to)`, and responses submitted on the days `[fromDay, toDay)` (YYYY-MM-DD). */
  async surveyTraffic(
    from: Date,
    to: Date,
    fromDay: string,
    toDay: string,
  ): Promise<{ invitations: number; responses: number }> {
    const [invitations, responses] = await Promise.all([
      this.manager
        .createQueryBuilder(SurveyInvitationEntity, 'i')
        .where('i.created_at >= :from AND i.created_at < :to', { from, to })
        .getCount(),
      this.manager
        .createQueryBuilder(SurveyResponseEntity, 'r')
        .where('r.submitted_on >= :fromDay AND r.submitted_on < :toDay', { fromDay, toDay })
        .getCount(),
    ]);
    return { invitations, responses };
  }
}

/** Raw times come back as text on SQLite (UTC, no zone) and as Date on PostgreSQL. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
