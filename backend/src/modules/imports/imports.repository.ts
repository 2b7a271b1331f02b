import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ImportKind } from '@pathway/contracts';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ProfessionEntity } from '../reference/profession.entity';
import { insertMany } from '../../database/bulk-insert';
import { EventAttendanceEntity, EventEntity } from '../events/event.entity';
import { StudentEntity } from '../students/student.entity';
import { UserEntity } from '../users/user.entity';
import { ImportEntity } from './import.entity';

/** IN lists: one import batch's keys in one statement, well below every engine's parameter limit. */
const CHUNK = 10_000;

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
    changes: Partial<
      Pick<
        ImportEntity,
        | 'valid'
        | 'invalid'
        | 'rejected'
        | 'created'
        | 'updated'
        | 'duplicates'
        | 'createdIds'
        | 'createdAttendanceIds'
        | 'undoneAt'
      >
    >,
  ): Promise<void> {
    await manager.update(ImportEntity, { id }, changes as never);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ImportEntity | null> {
    return manager.findOneBy(ImportEntity, { id });
  }

  /** The most recent imports with who ran them (the rejected lines and created ids are left out: they can be large). */
  async recent(
    limit: number,
    kinds: ImportKind[],
  ): Promise<{ record: ImportEntity; createdByName: string | null; eventTitle: string | null }[]> {
    if (kinds.length === 0) return [];
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(ImportEntity, 'i')
      .select([
        'i.id',
        'i.kind',
        'i.eventId',
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
      .leftJoin(EventEntity, 'e', 'e.id = i.event_id')
      .addSelect('e.title', 'event_title')
      .where('i.kind IN (:...kinds)', { kinds })
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ created_by_name: string | null; event_title: string | null }>();
    return entities.map((record, index) => ({
      record,
      createdByName: raw[index]?.created_by_name ?? null,
      eventTitle: raw[index]?.event_title ?? null,
    }));
  }

  findEvent(id: string): Promise<EventEntity | null> {
    return this.dataSource.manager.findOneBy(EventEntity, { id });
  }

  professions(): Promise<Pick<ProfessionEntity, 'code' | 'name'>[]> {
    return this.dataSource.manager.find(ProfessionEntity, { select: { code: true, name: true } });
  }

  /** Which of these people are registered for the event already. */
  async attendingApplicantIds(manager: EntityManager, eventId: string, applicantIds: string[]): Promise<Set<string>> {
    const attending = new Set<string>();
    for (const chunk of chunks([...new Set(applicantIds)])) {
      const rows = await manager.find(EventAttendanceEntity, {
        select: { applicantId: true },
        where: { eventId, applicantId: In(chunk) },
      });
      rows.forEach((row) => attending.add(row.applicantId));
    }
    return attending;
  }

  async insertAttendances(manager: EntityManager, attendances: EventAttendanceEntity[]): Promise<void> {
    await insertMany(manager, EventAttendanceEntity, attendances);
  }

  /** Removes registrations an import made; answers how many were still there. */
  async deleteAttendances(manager: EntityManager, ids: string[]): Promise<number> {
    let removed = 0;
    for (const chunk of chunks(ids))
      removed += (await manager.delete(EventAttendanceEntity, { id: In(chunk) })).affected ?? 0;
    return removed;
  }

  /** Students already in Pathway with one of these emails or name-profession-cohort keys (see `studentKey`). */
  async matchingStudents(
    manager: EntityManager,
    emails: string[],
    names: { firstName: string; lastName: string }[],
  ): Promise<StudentEntity[]> {
    const found = new Map<string, StudentEntity>();
    for (const chunk of chunks([...new Set(emails)])) {
      for (const row of await manager.find(StudentEntity, { where: { email: In(chunk) } })) found.set(row.id, row);
    }
    for (const chunk of chunks([...new Set(names.map((name) => name.lastName))])) {
      for (const row of await manager.find(StudentEntity, { where: { lastName: In(chunk) } })) found.set(row.id, row);
    }
    return [...found.values()];
  }

  /** Applicants (not erased, not yet students) with these emails, to link imported students to. */
  async applicantsToLink(manager: EntityManager, emails: string[]): Promise<Map<string, string>> {
    const byEmail = new Map<string, string>();
    for (const chunk of chunks([...new Set(emails)])) {
      const rows = await manager
        .createQueryBuilder(ApplicantEntity, 'a')
        .select(['a.id', 'a.email'])
        .where('a.email IN (:...emails)', { emails: chunk })
        .andWhere('a.erased_at IS NULL')
        .andWhere('NOT EXISTS (SELECT 1 FROM students s WHERE s.applicant_id = a.id)')
        .orderBy('a.createdAt', 'ASC')
        .getMany();
      for (const row of rows) if (row.email && !byEmail.has(row.email)) byEmail.set(row.email, row.id);
    }
    return byEmail;
  }

  /** How many of these students someone has touched since: edited, moved on, placed or surveyed. */
  async touchedStudentCount(manager: EntityManager, ids: string[]): Promise<number> {
    const touched = new Set<string>();
    for (const chunk of chunks(ids)) {
      const params = { ids: chunk };
      const queries = [
        manager
          .createQueryBuilder()
          .select('s.id', 'id')
          .from('students', 's')
          .where('s.id IN (:...ids) AND s.version > 1', params),
        manager
          .createQueryBuilder()
          .select('c.student_id', 'id')
          .from('student_status_changes', 'c')
          .where('c.student_id IN (:...ids)', params)
          .groupBy('c.student_id')
          .having('COUNT(*) > 1'),
        manager
          .createQueryBuilder()
          .select('DISTINCT p.student_id', 'id')
          .from('placements', 'p')
          .where('p.student_id IN (:...ids)', params),
      ];
      for (const query of queries) for (const row of await query.getRawMany<{ id: string }>()) touched.add(row.id);
    }
    return touched.size;
  }

  /** Removes students; their status history goes with them (foreign keys cascade). */
  async deleteStudents(manager: EntityManager, ids: string[]): Promise<void> {
    for (const chunk of chunks(ids)) await manager.delete(StudentEntity, { id: In(chunk) });
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
          // One expression rather than two IS NULL tests: without statistics SQLite would otherwise walk the
          // archived-at index (every active person) instead of looking the keys up.
          .andWhere('COALESCE(a.archived_at, a.erased_at) IS NULL')
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

  /** Which of these applicants (or students) are still there. */
  async existingIds(
    manager: EntityManager,
    entity: typeof ApplicantEntity | typeof StudentEntity,
    ids: string[],
  ): Promise<string[]> {
    const existing: string[] = [];
    for (const chunk of chunks(ids)) {
      const rows: { id: string }[] = await manager.find(entity, { select: { id: true }, where: { id: In(chunk) } });
      existing.push(...rows.map((row) => row.id));
    }
    return existing;
  }

  /** Removes applicants; their links, search terms and stage history go with them (foreign keys cascade). */
  async deleteApplicants(manager: EntityManager, ids: string[]): Promise<void> {
    for (const chunk of chunks(ids)) await manager.delete(ApplicantEntity, { id: In(chunk) });
  }
}
