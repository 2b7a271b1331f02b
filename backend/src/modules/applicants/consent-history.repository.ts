import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConsentChangeDto } from '@pathway/contracts';
import { insertMany } from '../../database/bulk-insert';
import { UserEntity } from '../users/user.entity';
import { ConsentChangeEntity } from './consent-change.entity';
import { newId } from '../../database/new-id';

export interface ConsentChangeRecord {
  applicantId: string;
  given: boolean;
  at: Date;
  source: string | null;
  wordingVersion: string | null;
  byId: string | null;
}

/** The record of consent decisions, oldest first. */
@Injectable()
export class ConsentHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, change: ConsentChangeRecord): Promise<void> {
    await this.recordMany(manager, [change]);
  }

  /** Many consent decisions in a few statements (a batch of new people). */
  async recordMany(manager: EntityManager, changes: ConsentChangeRecord[]): Promise<void> {
    await insertMany(
      manager,
      ConsentChangeEntity,
      changes.map((change) => ({ id: newId(), ...change })),
    );
  }

  async list(applicantId: string): Promise<ConsentChangeDto[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(ConsentChangeEntity, 'c')
      .leftJoin(UserEntity, 'u', 'u.id = c.by_id')
      .addSelect('u.name', 'by_name')
      .where('c.applicant_id = :applicantId', { applicantId })
      .orderBy('c.at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getRawAndEntities<{ by_name: string | null }>();
    return rows.entities.map((change, index) => ({
      given: change.given,
      at: change.at.toISOString(),
      source: change.source,
      wordingVersion: change.wordingVersion,
      byName: rows.raw[index]?.by_name ?? null,
    }));
  }
}
