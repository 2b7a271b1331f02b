import { Injectable } from '@nestjs/common';
import { updateIfVersion } from '../../database/optimistic-update';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Paging } from '../../common/http/page-query.dto';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { EventEntity } from '../events/event.entity';
import { UserEntity } from '../users/user.entity';
import { ConversationEntity } from './conversation.entity';
import { ConversationListQueryDto } from './dto/conversation.dto';

export interface ConversationRow {
  conversation: ConversationEntity;
  applicantName: string;
  officerName: string | null;
  eventTitle: string | null;
}

/** Every query on conversations. */
@Injectable()
export class ConversationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private rows(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<ConversationEntity> {
    return manager
      .createQueryBuilder(ConversationEntity, 'c')
      .innerJoin(ApplicantEntity, 'a', 'a.id = c.applicant_id')
      .leftJoin(UserEntity, 'officer', 'officer.id = c.officer_id')
      .leftJoin(EventEntity, 'event', 'event.id = c.event_id')
      .addSelect('a.first_name', 'first_name')
      .addSelect('a.last_name', 'last_name')
      .addSelect('officer.name', 'officer_name')
      .addSelect('event.title', 'event_title');
  }

  private async toRows(builder: SelectQueryBuilder<ConversationEntity>): Promise<ConversationRow[]> {
    const { entities, raw } = await builder.getRawAndEntities<{
      first_name: string;
      last_name: string;
      officer_name: string | null;
      event_title: string | null;
    }>();
    return entities.map((conversation, index) => ({
      conversation,
      applicantName: `${raw[index].first_name} ${raw[index].last_name}`,
      officerName: raw[index].officer_name,
      eventTitle: raw[index].event_title ?? null,
    }));
  }

  async list(query: ConversationListQueryDto, page: Paging): Promise<[ConversationRow[], number]> {
    const builder = this.rows().where('a.archived_at IS NULL');
    if (query.serious !== undefined) builder.andWhere('c.serious = :serious', { serious: query.serious });
    if (query.from) builder.andWhere('c.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('c.occurred_at < :to', { to: new Date(query.to) });
    if (query.officerId) builder.andWhere('c.officer_id = :officerId', { officerId: query.officerId });
    if (query.applicantId) builder.andWhere('c.applicant_id = :applicantId', { applicantId: query.applicantId });
    const total = await builder.getCount();
    builder.orderBy('c.occurredAt', 'DESC').addOrderBy('c.id', 'DESC').offset(page.skip).limit(page.pageSize);
    return [await this.toRows(builder), total];
  }

  async findRow(id: string, manager?: EntityManager): Promise<ConversationRow | null> {
    const [row] = await this.toRows(this.rows(manager).where('c.id = :id', { id }));
    return row ?? null;
  }

  eventExists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(EventEntity, { id });
  }

  findById(id: string, manager: EntityManager): Promise<ConversationEntity | null> {
    return manager.findOneBy(ConversationEntity, { id });
  }

  async insert(manager: EntityManager, conversation: ConversationEntity): Promise<void> {
    await manager.insert(ConversationEntity, conversation);
  }

  updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: QueryDeepPartialEntity<ConversationEntity>,
  ): Promise<boolean> {
    return updateIfVersion(manager, ConversationEntity, id, version, changes);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ConversationEntity, { id });
  }

  /** An applicant's conversations, newest first, for the timeline. */
  async forApplicant(applicantId: string, limit = 200): Promise<ConversationRow[]> {
    return this.toRows(
      this.rows().where('c.applicant_id = :applicantId', { applicantId }).orderBy('c.occurredAt', 'DESC').limit(limit),
    );
  }
}
