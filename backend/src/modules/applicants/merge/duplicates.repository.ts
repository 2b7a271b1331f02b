import { ApplicantProgressRepository } from '../applicant-progress.repository';
import { ApplicantSearchIndex } from '../applicant-search-index';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DuplicateReason } from '@pathway/contracts';
import { ConversationEntity } from '../../conversations/conversation.entity';
import { EventAttendanceEntity } from '../../events/event.entity';
import { FollowUpEntity } from '../../follow-ups/follow-up.entity';
import { StudentEntity } from '../../students/student.entity';
import { ApplicantEntity } from '../applicant.entity';
import { ConsentChangeEntity } from '../consent-change.entity';
import {
  ApplicantProfessionEntity,
  ApplicantTagEntity,
  StageChangeEntity,
} from '../applicant-links.entity';

const KEYS: [DuplicateReason, string][] = [
  ['email', 'email'],
  ['phone', 'phone_normalised'],
  ['name_and_date_of_birth', 'name_dob_key'],
];

/** Finding records that look like one person, and moving everything of one record onto another. */
@Injectable()
export class DuplicatesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ApplicantProgressRepository,
    private readonly searchIndex: ApplicantSearchIndex,
  ) {}

  /** Groups of current records sharing an email, a phone or a name and birth date: ids in creation order, per key. */
  async sharedKeys(limit: number): Promise<{ reason: DuplicateReason; ids: string[] }[]> {
    const groups: { reason: DuplicateReason; ids: string[] }[] = [];
    for (const [reason, column] of KEYS) {
      const values: { value: string }[] = await this.dataSource.query(
        `SELECT ${column} AS value FROM applicants WHERE ${column} IS NOT NULL AND archived_at IS NULL GROUP BY ${column} HAVING COUNT(*) > 1 LIMIT ${Number(limit)}`,
      );
      if (!values.length) continue;
      const rows = await this.dataSource.manager
        .createQueryBuilder(ApplicantEntity, 'a')
        .select(['a.id AS id', `a.${column} AS value`])
        .where(`a.${column} IN (:...values)`, { values: values.map((row) => row.value) })
        .andWhere('a.archived_at IS NULL')
        .orderBy('a.created_at', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getRawMany<{ id: string; value: string }>();
      const byValue = new Map<string, string[]>();
      for (const row of rows) byValue.set(row.value, [...(byValue.get(row.value) ?? []), row.id]);
      for (const ids of byValue.values()) groups.push({ reason, ids });
    }
    return groups;
  }

  /** Moves the merged record's history, follow-ups, attendances, links and student record to the kept one. */
  async moveEverything(manager: EntityManager, keepId: string, mergeId: string): Promise<void> {
    await manager.update(ConversationEntity, { applicantId: mergeId }, { applicantId: keepId });
    await manager.update(FollowUpEntity, { applicantId: mergeId }, { applicantId: keepId });
    await manager.update(StageChangeEntity, { applicantId: mergeId }, { applicantId: keepId });
    await this.progress.refresh(manager, [keepId, mergeId]);
    await manager.update(StudentEntity, { applicantId: mergeId }, { applicantId: keepId });
    await manager.update(ConsentChangeEntity, { applicantId: mergeId }, { applicantId: keepId });
    // One attendance per event and person: where both attended, the kept record's stays.
    const keptEvents = (await manager.findBy(EventAttendanceEntity, { applicantId: keepId })).map((row) => row.eventId);
    if (keptEvents.length)
      await manager.delete(EventAttendanceEntity, { applicantId: mergeId, eventId: In(keptEvents) });
    await manager.update(EventAttendanceEntity, { applicantId: mergeId }, { applicantId: keepId });
    for (const [entity, key] of [
      [ApplicantProfessionEntity, 'professionCode'],
      [ApplicantTagEntity, 'tag'],
    ] as const) {
      const kept = new Set(
        (await manager.findBy(entity, { applicantId: keepId })).map(
          (row) => (row as unknown as Record<string, string>)[key],
        ),
      );
      const moving = (await manager.findBy(entity, { applicantId: mergeId })).map(
        (row) => (row as unknown as Record<string, string>)[key],
      );
      const missing = moving.filter((value) => !kept.has(value));
      if (missing.length)
        await manager.insert(
          entity,
          missing.map((value) => ({ applicantId: keepId, [key]: value })),
        );
      await manager.delete(entity, { applicantId: mergeId });
    }
    await this.searchIndex.remove(manager, mergeId);
    await manager.delete(ApplicantEntity, { id: mergeId });
  }
}
