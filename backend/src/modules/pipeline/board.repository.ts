import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Stage } from '@pathway/contracts';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { UserEntity } from '../users/user.entity';

export interface BoardFilter {
  profession?: string;
  ownerId?: string;
  campaignId?: string;
}

export interface BoardCursor {
  position: number;
  id: string;
}

export interface BoardRow {
  applicant: ApplicantEntity;
  ownerName: string | null;
}

/** Queries behind the pipeline board: each column in position order, never loading more than a page. */
@Injectable()
export class BoardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private filtered(
    builder: SelectQueryBuilder<ApplicantEntity>,
    filter: BoardFilter,
  ): SelectQueryBuilder<ApplicantEntity> {
    builder.where('a.archived_at IS NULL');
    if (filter.ownerId) builder.andWhere('a.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.campaignId) builder.andWhere('a.campaign_id = :campaignId', { campaignId: filter.campaignId });
    if (filter.profession) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM applicant_professions ap WHERE ap.applicant_id = a.id AND ap.profession_code = :profession)',
        {
          profession: filter.profession,
        },
      );
    }
    return builder;
  }

  async totals(filter: BoardFilter): Promise<Map<Stage, number>> {
    const rows = await this.filtered(this.dataSource.manager.createQueryBuilder(ApplicantEntity, 'a'), filter)
      .select('a.stage', 'stage')
      .addSelect('COUNT(*)', 'total')
      .groupBy('a.stage')
      .getRawMany<{ stage: Stage; total: string | number }>();
    return new Map(rows.map((row) => [row.stage, Number(row.total)]));
  }

  async page(stage: Stage, filter: BoardFilter, limit: number, after?: BoardCursor): Promise<BoardRow[]> {
    const builder = this.filtered(this.dataSource.manager.createQueryBuilder(ApplicantEntity, 'a'), filter)
      .leftJoin(UserEntity, 'owner', 'owner.id = a.owner_id')
      .addSelect('owner.name', 'owner_name')
      .andWhere('a.stage = :stage', { stage });
    if (after) {
      builder.andWhere('(a.position > :position OR (a.position = :position AND a.id > :id))', after);
    }
    const { entities, raw } = await builder
      .orderBy('a.position', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getRawAndEntities<{ owner_name: string | null }>();
    return entities.map((applicant, index) => ({ applicant, ownerName: raw[index]?.owner_name ?? null }));
  }

  /** Positions of the named cards, if they sit (unarchived) in the given column. */
  async positionsIn(manager: EntityManager, stage: Stage, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.find(ApplicantEntity, {
      select: { id: true, position: true, stage: true, archivedAt: true },
      where: { id: In(ids) },
    });
    return new Map(
      rows.filter((row) => row.stage === stage && !row.archivedAt).map((row) => [row.id, Number(row.position)]),
    );
  }

  /**
   * The position of the nearest active card in the column below (`direction` 1) or above (-1) a position, leaving
   * out the card being moved; undefined at the end of the column.
   */
  async nextPosition(
    manager: EntityManager,
    stage: Stage,
    from: number,
    direction: 1 | -1,
    movingId: string,
  ): Promise<number | undefined> {
    const row = await manager
      .createQueryBuilder(ApplicantEntity, 'a')
      .select(direction === 1 ? 'MIN(a.position)' : 'MAX(a.position)', 'position')
      .where('a.stage = :stage AND a.archived_at IS NULL AND a.id <> :movingId', { stage, movingId })
      .andWhere(direction === 1 ? 'a.position > :from' : 'a.position < :from', { from })
      .getRawOne<{ position: number | string | null }>();
    return row?.position === null || row?.position === undefined ? undefined : Number(row.position);
  }

  /** Re-spaces a column evenly, keeping its order, when two neighbours have become too close to split. */
  async renumber(manager: EntityManager, stage: Stage, step: number): Promise<void> {
    const rows = await manager
      .createQueryBuilder(ApplicantEntity, 'a')
      .select(['a.id'])
      .where('a.stage = :stage AND a.archived_at IS NULL', { stage })
      .orderBy('a.position', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    for (const [index, row] of rows.entries()) {
      await manager
        .createQueryBuilder()
        .update(ApplicantEntity)
        .set({ position: (index + 1) * step, version: () => 'version', updatedAt: () => 'updated_at' })
        .where('id = :id', { id: row.id })
        .execute();
    }
  }
}
