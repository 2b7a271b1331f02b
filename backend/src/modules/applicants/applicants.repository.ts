import { Injectable } from '@nestjs/common';
import { insertMany } from '../../database/bulk-insert';
import { updateIfVersion } from '../../database/optimistic-update';
import { ReadCache, readKey } from '../../database/read-cache';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApplicantSortField, DuplicateReason } from '@pathway/contracts';
import { searchWords } from '@pathway/domain';
import { Paging, sortOrder } from '../../common/http/page-query.dto';
import { UserEntity } from '../users/user.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { EventEntity } from '../events/event.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantProfessionEntity, ApplicantTagEntity } from './applicant-links.entity';
import { ApplicantSearchDocument, ApplicantSearchIndex } from './applicant-search-index';
import { ApplicantListQueryDto } from './dto/applicant-list-query.dto';

/** Each sort, as the columns of the index that serves it (the id breaks ties). */
const SORT_COLUMNS: Record<ApplicantSortField, [string, string?]> = {
  lastName: ['a.last_name', 'a.first_name'],
  firstName: ['a.first_name', 'a.last_name'],
  createdAt: ['a.created_at'],
  updatedAt: ['a.updated_at'],
  firstContactAt: ['a.first_contact_at'],
  stageChangedAt: ['a.stage_changed_at'],
};

export interface ApplicantRow {
  applicant: ApplicantEntity;
  ownerName: string | null;
  organisationName: string | null;
  campaignName: string | null;
  eventTitle: string | null;
}

export interface ApplicantLinks {
  professions: Map<string, string[]>;
  tags: Map<string, string[]>;
}

/** The rows that hang off new people, as plain values (nothing is read back). */
export interface NewApplicantLinks {
  professions: Pick<ApplicantProfessionEntity, 'applicantId' | 'professionCode'>[];
  tags: Pick<ApplicantTagEntity, 'applicantId' | 'tag'>[];
  searchDocuments: ApplicantSearchDocument[];
}

export interface DuplicateKeys {
  email: string | null;
  phoneNormalised: string | null;
  nameDobKey: string | null;
}

/** Every query on applicants (order-by clauses name properties, as TypeORM needs with joins) and the tables that hang off them. */
@Injectable()
export class ApplicantsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: ReadCache,
    private readonly searchIndex: ApplicantSearchIndex,
  ) {}

  private rows(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<ApplicantEntity> {
    return manager
      .createQueryBuilder(ApplicantEntity, 'a')
      .leftJoin(UserEntity, 'owner', 'owner.id = a.owner_id')
      .leftJoin(OrganisationEntity, 'org', 'org.id = a.organisation_id')
      .leftJoin(CampaignEntity, 'campaign', 'campaign.id = a.campaign_id')
      .leftJoin(EventEntity, 'event', 'event.id = a.event_id')
      .addSelect('owner.name', 'owner_name')
      .addSelect('org.name', 'organisation_name')
      .addSelect('campaign.name', 'campaign_name')
      .addSelect('event.title', 'event_title');
  }

  private async toRows(builder: SelectQueryBuilder<ApplicantEntity>): Promise<ApplicantRow[]> {
    const { entities, raw } = await builder.getRawAndEntities<{
      owner_name: string | null;
      organisation_name: string | null;
      campaign_name: string | null;
      event_title: string | null;
    }>();
    return entities.map((applicant, index) => ({
      applicant,
      ownerName: raw[index]?.owner_name ?? null,
      organisationName: raw[index]?.organisation_name ?? null,
      campaignName: raw[index]?.campaign_name ?? null,
      eventTitle: raw[index]?.event_title ?? null,
    }));
  }

  /** Rows for some ids, in no particular order. */
  rowsByIds(ids: string[]): Promise<ApplicantRow[]> {
    return ids.length ? this.toRows(this.rows().where('a.id IN (:...ids)', { ids })) : Promise.resolve([]);
  }

  async findRow(id: string, manager?: EntityManager): Promise<ApplicantRow | null> {
    const [row] = await this.toRows(this.rows(manager).where('a.id = :id', { id }));
    return row ?? null;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ApplicantEntity | null> {
    return manager.findOneBy(ApplicantEntity, { id });
  }

  /**
   * One page of the list and the number of matches. The filters and the order run on `applicants` alone, so an
   * index can serve the sort; only the page's rows are then joined to their names. The total is the costly part
   * on a large caseload, so it is reused until the data changes.
   */
  async list(query: ApplicantListQueryDto, page: Paging): Promise<[ApplicantRow[], number]> {
    const { field, direction } = sortOrder<ApplicantSortField>(query.sort, '-createdAt');
    const [total, ids] = await Promise.all([
      this.cache.get(
        readKey('applicants total', { ...query, page: undefined, pageSize: undefined, sort: undefined }),
        async () => {
          const row = await this.filtered(query).select('COUNT(*)', 'total').getRawOne<{ total: number | string }>();
          return Number(row?.total ?? 0);
        },
      ),
      this.filtered(query)
        .select('a.id', 'id')
        .orderBy(SORT_COLUMNS[field][0], direction)
        .addOrderBy(SORT_COLUMNS[field][1] ?? 'a.id', direction)
        .addOrderBy('a.id', direction)
        .offset(page.skip)
        .limit(page.pageSize)
        .getRawMany<{ id: string }>(),
    ]);
    const rows = new Map((await this.rowsByIds(ids.map((row) => row.id))).map((row) => [row.applicant.id, row]));
    return [ids.map((row) => rows.get(row.id)).filter((row): row is ApplicantRow => row !== undefined), total];
  }

  private filtered(query: ApplicantListQueryDto): SelectQueryBuilder<ApplicantEntity> {
    const builder = this.dataSource.manager.createQueryBuilder(ApplicantEntity, 'a');
    builder.where(query.archived ? 'a.archived_at IS NOT NULL' : 'a.archived_at IS NULL');
    const search = this.searchIndex.condition(this.dataSource.manager, searchWords(query.search ?? ''));
    if (search) builder.andWhere(search.sql, search.parameters);
    if (query.stage) builder.andWhere('a.stage = :stage', { stage: query.stage });
    if (query.ownerId) builder.andWhere('a.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.source) builder.andWhere('a.source = :source', { source: query.source });
    if (query.campaignId) builder.andWhere('a.campaign_id = :campaignId', { campaignId: query.campaignId });
    if (query.region) builder.andWhere('a.region = :region', { region: query.region });
    if (query.audience) builder.andWhere('a.audience = :audience', { audience: query.audience });
    if (query.createdFrom)
      builder.andWhere('a.created_at >= :createdFrom', { createdFrom: new Date(query.createdFrom) });
    if (query.createdTo) builder.andWhere('a.created_at < :createdTo', { createdTo: new Date(query.createdTo) });
    if (query.profession) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM applicant_professions ap WHERE ap.applicant_id = a.id AND ap.profession_code = :profession)',
        { profession: query.profession },
      );
    }
    if (query.tag) {
      builder.andWhere('EXISTS (SELECT 1 FROM applicant_tags atg WHERE atg.applicant_id = a.id AND atg.tag = :tag)', {
        tag: query.tag.toLowerCase(),
      });
    }
    return builder;
  }

  async links(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<ApplicantLinks> {
    const professions = new Map<string, string[]>();
    const tags = new Map<string, string[]>();
    if (ids.length === 0) return { professions, tags };
    const [professionRows, tagRows] = await Promise.all([
      manager.find(ApplicantProfessionEntity, { where: { applicantId: In(ids) }, order: { professionCode: 'ASC' } }),
      manager.find(ApplicantTagEntity, { where: { applicantId: In(ids) }, order: { tag: 'ASC' } }),
    ]);
    for (const row of professionRows)
      professions.set(row.applicantId, [...(professions.get(row.applicantId) ?? []), row.professionCode]);
    for (const row of tagRows) tags.set(row.applicantId, [...(tags.get(row.applicantId) ?? []), row.tag]);
    return { professions, tags };
  }

  /** Likely existing records for the same person, with what matched. Archived records are left out. */
  async duplicates(
    keys: DuplicateKeys,
    excludeId?: string,
  ): Promise<{ row: ApplicantRow; matchedOn: DuplicateReason[] }[]> {
    const conditions: [DuplicateReason, string, string | null][] = [
      ['email', 'a.email = :email', keys.email],
      ['phone', 'a.phone_normalised = :phone', keys.phoneNormalised],
      ['name_and_date_of_birth', 'a.name_dob_key = :nameDob', keys.nameDobKey],
    ];
    const active = conditions.filter(([, , value]) => value !== null);
    if (active.length === 0) return [];
    const builder = this.rows()
      .where('a.archived_at IS NULL')
      .andWhere(new Brackets((where) => active.forEach(([, sql]) => where.orWhere(sql))))
      .setParameters({ email: keys.email, phone: keys.phoneNormalised, nameDob: keys.nameDobKey })
      .orderBy('a.createdAt', 'ASC')
      .limit(10);
    if (excludeId) builder.andWhere('a.id <> :excludeId', { excludeId });
    const rows = await this.toRows(builder);
    return rows.map((row) => ({
      row,
      matchedOn: [
        ...(keys.email && row.applicant.email === keys.email ? (['email'] as const) : []),
        ...(keys.phoneNormalised && row.applicant.phoneNormalised === keys.phoneNormalised ? (['phone'] as const) : []),
        ...(keys.nameDobKey && row.applicant.nameDobKey === keys.nameDobKey
          ? (['name_and_date_of_birth'] as const)
          : []),
      ],
    }));
  }

  /** New people with their professions, tags and search terms, in a few multi-row statements. */
  async insertMany(manager: EntityManager, applicants: ApplicantEntity[], links: NewApplicantLinks): Promise<void> {
    await insertMany(manager, ApplicantEntity, applicants);
    await insertMany(manager, ApplicantProfessionEntity, links.professions);
    await insertMany(manager, ApplicantTagEntity, links.tags);
    await this.searchIndex.insertMany(manager, links.searchDocuments);
  }

  updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: QueryDeepPartialEntity<ApplicantEntity>,
  ): Promise<boolean> {
    return updateIfVersion(manager, ApplicantEntity, id, version, changes);
  }

  /** An unconditional update (moves, archive, bulk); the version still goes up unless `changes` pins it. */
  async update(manager: EntityManager, id: string, changes: QueryDeepPartialEntity<ApplicantEntity>): Promise<void> {
    await manager.createQueryBuilder().update(ApplicantEntity).set(changes).where('id = :id', { id }).execute();
  }

  async replaceProfessions(manager: EntityManager, applicantId: string, codes: string[]): Promise<void> {
    await manager.delete(ApplicantProfessionEntity, { applicantId });
    if (codes.length)
      await manager.insert(
        ApplicantProfessionEntity,
        codes.map((professionCode) => ({ applicantId, professionCode })),
      );
  }

  async replaceTags(manager: EntityManager, applicantId: string, tags: string[]): Promise<void> {
    await manager.delete(ApplicantTagEntity, { applicantId });
    if (tags.length)
      await manager.insert(
        ApplicantTagEntity,
        tags.map((tag) => ({ applicantId, tag })),
      );
  }

  async addTags(manager: EntityManager, applicantIds: string[], tags: string[]): Promise<void> {
    const existing = await manager.find(ApplicantTagEntity, {
      where: { applicantId: In(applicantIds), tag: In(tags) },
    });
    const have = new Set(existing.map((row) => `${row.applicantId}|${row.tag}`));
    const rows = applicantIds.flatMap((applicantId) =>
      tags.filter((tag) => !have.has(`${applicantId}|${tag}`)).map((tag) => ({ applicantId, tag })),
    );
    if (rows.length) await manager.insert(ApplicantTagEntity, rows);
  }

  replaceSearchTerms(manager: EntityManager, applicantId: string, terms: string[]): Promise<void> {
    return this.searchIndex.replace(manager, applicantId, terms);
  }

  async existingIds(ids: string[], manager: EntityManager): Promise<string[]> {
    const rows = await manager.find(ApplicantEntity, { select: { id: true }, where: { id: In(ids) } });
    return rows.map((row) => row.id);
  }

  /**
   * Holds a column's positions until the transaction ends, so that two writers never pick the same place in it.
   * PostgreSQL takes a transaction-scoped advisory lock; SQLite already writes one transaction at a time.
   */
  async lockColumn(manager: EntityManager, stage: string): Promise<void> {
    if (manager.connection.options.type !== 'postgres') return;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pathway.board.${stage}`]);
  }

  async lowestPosition(manager: EntityManager, stage: string): Promise<number | null> {
    const row = await manager
      .createQueryBuilder(ApplicantEntity, 'a')
      .select('MIN(a.position)', 'position')
      .where('a.stage = :stage AND a.archived_at IS NULL', { stage })
      .getRawOne<{ position: number | string | null }>();
    return row?.position === null || row?.position === undefined ? null : Number(row.position);
  }
}
