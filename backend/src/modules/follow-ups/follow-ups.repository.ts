import { Injectable } from '@nestjs/common';
import { updateIfVersion } from '../../database/optimistic-update';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CONTACT_FOLLOW_UP_TYPES, DueBucket, FollowUpStatus } from '@pathway/contracts';
import { bucketRange, DueBoundaries } from '@pathway/domain';
import { Paging } from '../../common/http/page-query.dto';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { UserEntity } from '../users/user.entity';
import { FollowUpEntity } from './follow-up.entity';

export interface FollowUpRow {
  followUp: FollowUpEntity;
  applicantName: string;
  doNotContact: boolean;
  assigneeName: string | null;
}

export interface FollowUpFilter {
  applicantId?: string;
  assigneeId?: string;
  status?: FollowUpStatus;
  due?: DueBucket;
}

/** Every query on follow-ups. */
@Injectable()
export class FollowUpsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private rows(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<FollowUpEntity> {
    return manager
      .createQueryBuilder(FollowUpEntity, 'f')
      .innerJoin(ApplicantEntity, 'a', 'a.id = f.applicant_id')
      .leftJoin(UserEntity, 'assignee', 'assignee.id = f.assignee_id')
      .addSelect('a.first_name', 'first_name')
      .addSelect('a.last_name', 'last_name')
      .addSelect('a.consent_withdrawn_at', 'consent_withdrawn_at')
      .addSelect('assignee.name', 'assignee_name');
  }

  private async toRows(builder: SelectQueryBuilder<FollowUpEntity>): Promise<FollowUpRow[]> {
    const { entities, raw } = await builder.getRawAndEntities<{
      first_name: string;
      last_name: string;
      consent_withdrawn_at: unknown;
      assignee_name: string | null;
    }>();
    return entities.map((followUp, index) => ({
      followUp,
      applicantName: `${raw[index].first_name} ${raw[index].last_name}`,
      doNotContact: raw[index].consent_withdrawn_at !== null,
      assigneeName: raw[index].assignee_name,
    }));
  }

  private filtered(
    builder: SelectQueryBuilder<FollowUpEntity>,
    filter: FollowUpFilter,
    boundaries: DueBoundaries,
  ): SelectQueryBuilder<FollowUpEntity> {
    builder.where('a.archived_at IS NULL');
    if (filter.applicantId) builder.andWhere('f.applicant_id = :applicantId', { applicantId: filter.applicantId });
    if (filter.assigneeId) builder.andWhere('f.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    const status = filter.due ? 'open' : filter.status;
    if (status) builder.andWhere('f.status = :status', { status });
    if (filter.due) {
      const range = bucketRange(filter.due, boundaries);
      if (range.from) builder.andWhere('f.due_at >= :dueFrom', { dueFrom: range.from });
      if (range.to) builder.andWhere('f.due_at < :dueTo', { dueTo: range.to });
    }
    return builder;
  }

  async list(filter: FollowUpFilter, boundaries: DueBoundaries, page: Paging): Promise<[FollowUpRow[], number]> {
    const builder = this.filtered(this.rows(), filter, boundaries);
    const total = await builder.getCount();
    builder.orderBy('f.dueAt', 'ASC').addOrderBy('f.id', 'ASC').offset(page.skip).limit(page.pageSize);
    return [await this.toRows(builder), total];
  }

  async countBucket(filter: FollowUpFilter, boundaries: DueBoundaries): Promise<number> {
    return this.filtered(
      this.dataSource.manager
        .createQueryBuilder(FollowUpEntity, 'f')
        .innerJoin(ApplicantEntity, 'a', 'a.id = f.applicant_id'),
      filter,
      boundaries,
    ).getCount();
  }

  async findRow(id: string, manager?: EntityManager): Promise<FollowUpRow | null> {
    const [row] = await this.toRows(this.rows(manager).where('f.id = :id', { id }));
    return row ?? null;
  }

  findById(id: string, manager: EntityManager): Promise<FollowUpEntity | null> {
    return manager.findOneBy(FollowUpEntity, { id });
  }

  async insert(manager: EntityManager, followUp: FollowUpEntity): Promise<void> {
    await manager.insert(FollowUpEntity, followUp);
  }

  updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: QueryDeepPartialEntity<FollowUpEntity>,
  ): Promise<boolean> {
    return updateIfVersion(manager, FollowUpEntity, id, version, changes);
  }

  countOpenFor(manager: EntityManager, applicantId: string): Promise<number> {
    return manager.countBy(FollowUpEntity, { applicantId, status: 'open' });
  }

  /** Open contact-type follow-ups of an applicant (to cancel when they withdraw consent). */
  openContactFollowUps(manager: EntityManager, applicantId: string): Promise<FollowUpEntity[]> {
    return manager.findBy(FollowUpEntity, { applicantId, status: 'open', type: In([...CONTACT_FOLLOW_UP_TYPES]) });
  }

  /** Open follow-ups for a person's calendar, soonest first (at most a year's worth). */
  async forCalendar(assigneeId: string): Promise<FollowUpRow[]> {
    return this.toRows(
      this.rows()
        .where('f.assignee_id = :assigneeId AND f.status = :status AND a.archived_at IS NULL', {
          assigneeId,
          status: 'open',
        })
        .orderBy('f.dueAt', 'ASC')
        .limit(2000),
    );
  }

  /** An applicant's follow-ups, newest first, for the timeline. */
  async forApplicant(applicantId: string, limit = 200): Promise<FollowUpRow[]> {
    return this.toRows(
      this.rows().where('f.applicant_id = :applicantId', { applicantId }).orderBy('f.createdAt', 'DESC').limit(limit),
    );
  }

  /** Open follow-ups per applicant for the board's "next follow-up due" (earliest due time). */
  async nextDue(applicantIds: string[]): Promise<Map<string, Date>> {
    if (applicantIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(FollowUpEntity, 'f')
      .select('f.applicant_id', 'applicant_id')
      .addSelect('MIN(f.due_at)', 'due_at')
      .where('f.applicant_id IN (:...applicantIds) AND f.status = :status', { applicantIds, status: 'open' })
      .groupBy('f.applicant_id')
      .getRawMany<{ applicant_id: string; due_at: string | Date }>();
    return new Map(rows.map((row) => [row.applicant_id, toDate(row.due_at)]));
  }
}

/** Raw aggregate values come back as text on SQLite (UTC, no zone) and as Date on PostgreSQL. */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
