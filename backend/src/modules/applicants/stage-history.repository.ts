import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Stage, StageChangeDto } from '@pathway/contracts';
import { insertMany } from '../../database/bulk-insert';
import { UserEntity } from '../users/user.entity';
import { StageChangeEntity } from './applicant-links.entity';
import { ApplicantProgressRepository, NewProgressAttributes } from './applicant-progress.repository';
import { newId } from '../../database/new-id';

export interface StageChangeRecord {
  applicantId: string;
  from: Stage | null;
  to: Stage;
  at: Date;
  byId: string | null;
  reason: string | null;
}

@Injectable()
export class StageHistoryRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ApplicantProgressRepository,
  ) {}

  async record(manager: EntityManager, change: StageChangeRecord): Promise<void> {
    await this.recordMany(manager, [change]);
  }

  /** Many stage changes in a few statements, and how far each person has now got. */
  async recordMany(manager: EntityManager, changes: StageChangeRecord[]): Promise<void> {
    await this.insertChanges(manager, changes);
    await this.progress.refresh(
      manager,
      changes.map((change) => change.applicantId),
    );
  }

  /**
   * The first stage change of each of many new people (nothing recorded for them yet), and how far that got them,
   * counted under what their new records say (`cohorts`, by applicant id).
   */
  async recordFirst(
    manager: EntityManager,
    changes: StageChangeRecord[],
    cohorts: ReadonlyMap<string, NewProgressAttributes>,
  ): Promise<void> {
    await this.insertChanges(manager, changes);
    await this.progress.insertFirst(
      manager,
      changes.map((change) => {
        const cohort = cohorts.get(change.applicantId);
        if (!cohort) throw new Error(`No record given for new applicant ${change.applicantId}`);
        return { ...change, cohort };
      }),
    );
  }

  private async insertChanges(manager: EntityManager, changes: StageChangeRecord[]): Promise<void> {
    await insertMany(
      manager,
      StageChangeEntity,
      changes.map((change) => ({
        id: newId(),
        applicantId: change.applicantId,
        fromStage: change.from,
        toStage: change.to,
        at: change.at,
        byId: change.byId,
        reason: change.reason,
      })),
    );
  }

  async forApplicant(applicantId: string): Promise<StageChangeDto[]> {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(StageChangeEntity, 'change')
      .leftJoin(UserEntity, 'actor', 'actor.id = change.by_id')
      .addSelect('actor.name', 'by_name')
      .where('change.applicant_id = :applicantId', { applicantId })
      .orderBy('change.at', 'DESC')
      .addOrderBy('change.id', 'DESC')
      .getRawAndEntities<{ by_name: string | null }>();
    return entities.map((change, index) => ({
      id: change.id,
      from: change.fromStage,
      to: change.toStage,
      at: change.at.toISOString(),
      byId: change.byId,
      byName: raw[index]?.by_name ?? null,
      reason: change.reason,
    }));
  }
}
