import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ConcernDto, ConcernTier, Page } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, toPage } from '../../common/http/page-query.dto';
import { updateIfVersion } from '../../database/optimistic-update';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { PlacementSiteEntity } from '../placements/placement.entity';
import { SurveyResponseEntity } from '../surveys/survey.entities';
import { UserEntity } from '../users/user.entity';
import { ConcernEntity } from './concern.entity';
import { ConcernListQueryDto, UpdateConcernDto } from './dto/concern.dto';

const DAY_MS = 86_400_000;
/** How long each tier has before it is overdue. */
const DAYS_TO_RESPOND: Record<ConcernTier, number> = { '1_local': 14, '2_programme': 7, '3_urgent': 2 };
const AUDITED_FIELDS = ['tier', 'status', 'ownerId', 'dueAt', 'resolution', 'youSaidWeDid'] as const;

@Injectable()
export class ConcernsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Opens a concern for a response that raised one, at tier 2 until a coordinator triages it. Its times are the day
   * of submission, never the moment, like the response itself.
   */
  async openFromResponse(manager: EntityManager, response: SurveyResponseEntity): Promise<void> {
    const day = new Date(`${response.submittedOn}T00:00:00.000Z`);
    await manager.insert(ConcernEntity, {
      // Random, like the response's own id: nothing here may tell the moment the feedback was given.
      id: randomUUID(),
      responseId: response.id,
      siteId: response.siteId,
      tier: '2_programme',
      status: 'open',
      ownerId: null,
      dueAt: new Date(day.getTime() + DAYS_TO_RESPOND['2_programme'] * DAY_MS),
      resolution: null,
      youSaidWeDid: null,
      createdAt: day,
      updatedAt: day,
    });
  }

  private rows(): SelectQueryBuilder<ConcernEntity> {
    return this.dataSource.manager
      .createQueryBuilder(ConcernEntity, 'c')
      .innerJoin(SurveyResponseEntity, 'r', 'r.id = c.response_id')
      .innerJoin(PlacementSiteEntity, 'site', 'site.id = c.site_id')
      .leftJoin(UserEntity, 'owner', 'owner.id = c.owner_id')
      .addSelect('r.concern_text', 'concern_text')
      .addSelect('site.name', 'site_name')
      .addSelect('owner.name', 'owner_name')
      .addSelect("CASE WHEN c.status = 'resolved' THEN 1 ELSE 0 END", 'resolved_last');
  }

  private async toDtos(builder: SelectQueryBuilder<ConcernEntity>): Promise<ConcernDto[]> {
    const now = Date.now();
    const { entities, raw } = await builder.getRawAndEntities<{ concern_text: string | null; site_name: string; owner_name: string | null }>();
    return entities.map((c, index) => ({
      id: c.id,
      responseId: c.responseId,
      siteId: c.siteId,
      siteName: raw[index].site_name,
      tier: c.tier,
      status: c.status,
      concernText: raw[index].concern_text,
      ownerId: c.ownerId,
      ownerName: raw[index].owner_name,
      dueAt: c.dueAt.toISOString(),
      overdue: c.status !== 'resolved' && c.dueAt.getTime() < now,
      resolution: c.resolution,
      youSaidWeDid: c.youSaidWeDid,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      version: c.version,
    }));
  }

  /** Unresolved first, by due date (so overdue ones lead), then resolved ones. */
  async list(query: ConcernListQueryDto): Promise<Page<ConcernDto>> {
    const page = paging(query);
    const builder = this.rows();
    if (query.siteId) builder.andWhere('c.site_id = :siteId', { siteId: query.siteId });
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.tier) builder.andWhere('c.tier = :tier', { tier: query.tier });
    const total = await builder.getCount();
    builder.orderBy('resolved_last', 'ASC').addOrderBy('c.dueAt', 'ASC').addOrderBy('c.id', 'ASC').offset(page.skip).limit(page.pageSize);
    return toPage(await this.toDtos(builder), total, page);
  }

  async get(id: string): Promise<ConcernDto> {
    const [concern] = await this.toDtos(this.rows().where('c.id = :id', { id }));
    if (!concern) throw AppError.notFound('Concern');
    return concern;
  }

  async update(actor: AuthenticatedUser, id: string, input: UpdateConcernDto): Promise<ConcernDto> {
    await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(ConcernEntity, { id });
      if (!current) throw AppError.notFound('Concern');
      if (current.version !== input.version) throw AppError.staleVersion('concern');
      if (input.ownerId && !(await manager.existsBy(UserEntity, { id: input.ownerId, active: true }))) throw AppError.field('ownerId', 'is not an active user');
      if (input.status === 'resolved' && !(input.resolution ?? current.resolution)) throw AppError.field('resolution', 'is required to resolve a concern');
      const changes: QueryDeepPartialEntity<ConcernEntity> = {
        ...(input.tier !== undefined ? { tier: input.tier } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
        ...(input.dueAt !== undefined ? { dueAt: new Date(input.dueAt) } : input.tier && input.tier !== current.tier ? { dueAt: new Date(Date.now() + DAYS_TO_RESPOND[input.tier] * DAY_MS) } : {}),
        ...(input.resolution !== undefined ? { resolution: input.resolution } : {}),
        ...(input.youSaidWeDid !== undefined ? { youSaidWeDid: input.youSaidWeDid } : {}),
      };
      if (!(await updateIfVersion(manager, ConcernEntity, id, input.version, changes))) throw AppError.staleVersion('concern');
      await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'concern', entityId: id, changes: this.audit.changes(current as unknown as Record<string, unknown>, { ...input }, AUDITED_FIELDS) });
    });
    return this.get(id);
  }
}
