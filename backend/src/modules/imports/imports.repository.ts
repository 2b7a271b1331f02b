import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ProfessionEntity } from '../reference/profession.entity';
import { UserEntity } from '../users/user.entity';
import { ImportEntity } from './import.entity';

/** IN lists stay well below every engine's parameter limit. */
const CHUNK = 500;

export interface ContactKeys {
  emails: string[];
  phones: string[];
  nameDobKeys: string[];
}

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

/** Queries for imports: the import records, matching rows to people already in Pathway, and undo. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  professionCodes(): Promise<Pick<ProfessionEntity, 'code'>[]> {
    return this.dataSource.manager.find(ProfessionEntity, { select: { code: true } });
  }

  async insert(manager: EntityManager, record: ImportEntity): Promise<void> {
    await manager.insert(ImportEntity, record);
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<ImportEntity, 'created' | 'updated' | 'createdIds' | 'undoneAt'>>,
  ): Promise<void> {
    await manager.update(ImportEntity, { id }, changes as never);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ImportEntity | null> {
    return manager.findOneBy(ImportEntity, { id });
  }

  /** The most recent imports with who ran them (the rejected lines and created ids are left out: they can be large). */
  async recent(limit: number): Promise<{ record: ImportEntity; createdByName: string | null }[]> {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(ImportEntity, 'i')
      .select([
        'i.id',
        'i.kind',
        'i.fileName',
        'i.createdById',
        'i.createdAt',
        'i.rows',
        'i.valid',
        'i.invalid',
        'i.duplicates',
        'i.created',
        'i.updated',
        'i.undoneAt',
      ])
      .leftJoin(UserEntity, 'u', 'u.id = i.created_by_id')
      .addSelect('u.name', 'created_by_name')
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ created_by_name: string | null }>();
    return entities.map((record, index) => ({ record, createdByName: raw[index]?.created_by_name ?? null }));
  }

  /** Active (not archived, not erased) applicants sharing an email, a normalised phone or a name-and-birth key. */
  async matching(keys: ContactKeys, manager: EntityManager = this.dataSource.manager): Promise<ApplicantEntity[]> {
    const found = new Map<string, ApplicantEntity>();
    const lookups: [string, string[]][] = [
      ['email', keys.emails],
      ['phoneNormalised', keys.phones],
      ['nameDobKey', keys.nameDobKeys],
    ];
    for (const [property, values] of lookups) {
      for (const chunk of chunks([...new Set(values)])) {
        const rows = await manager
          .createQueryBuilder(ApplicantEntity, 'a')
          .where(`a.${property} IN (:...values)`, { values: chunk })
          .andWhere('a.archived_at IS NULL AND a.erased_at IS NULL')
          .orderBy('a.createdAt', 'ASC')
          .getMany();
        for (const row of rows) found.set(row.id, row);
      }
    }
    return [...found.values()];
  }

  /**
   * How many of these applicants someone has touched since they were created: edited (version above 1), moved on
   * (more than the first stage change), or given conversations, follow-ups or event attendances.
   */
  async touchedCount(manager: EntityManager, ids: string[]): Promise<number> {
    const touched = new Set<string>();
    for (const chunk of chunks(ids)) {
      const params = { ids: chunk };
      const queries = [
        manager
          .createQueryBuilder()
          .select('a.id', 'id')
          .from('applicants', 'a')
          .where('a.id IN (:...ids) AND a.version > 1', params),
        manager
          .createQueryBuilder()
          .select('s.applicant_id', 'id')
          .from('stage_changes', 's')
          .where('s.applicant_id IN (:...ids)', params)
          .groupBy('s.applicant_id')
          .having('COUNT(*) > 1'),
        manager
          .createQueryBuilder()
          .select('DISTINCT c.applicant_id', 'id')
          .from('conversations', 'c')
          .where('c.applicant_id IN (:...ids)', params),
        manager
          .createQueryBuilder()
          .select('DISTINCT f.applicant_id', 'id')
          .from('follow_ups', 'f')
          .where('f.applicant_id IN (:...ids)', params),
        manager
          .createQueryBuilder()
          .select('DISTINCT e.applicant_id', 'id')
          .from('event_attendances', 'e')
          .where('e.applicant_id IN (:...ids)', params),
      ];
      for (const query of queries) for (const row of await query.getRawMany<{ id: string }>()) touched.add(row.id);
    }
    return touched.size;
  }

  async existingApplicantIds(manager: EntityManager, ids: string[]): Promise<string[]> {
    const existing: string[] = [];
    for (const chunk of chunks(ids)) {
      const rows = await manager.find(ApplicantEntity, { select: { id: true }, where: { id: In(chunk) } });
      existing.push(...rows.map((row) => row.id));
    }
    return existing;
  }

  /** Removes applicants; their links, search terms and stage history go with them (foreign keys cascade). */
  async deleteApplicants(manager: EntityManager, ids: string[]): Promise<void> {
    for (const chunk of chunks(ids)) await manager.delete(ApplicantEntity, { id: In(chunk) });
  }
}
