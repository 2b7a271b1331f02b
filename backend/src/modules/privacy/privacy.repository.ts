import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicantEntity } from '../applicants/applicant.entity';
import {
  ApplicantProfessionEntity,
  ApplicantTagEntity,
  StageChangeEntity,
} from '../applicants/applicant-links.entity';
import { ApplicantSearchIndex } from '../applicants/applicant-search-index';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { EventAttendanceEntity, EventEntity } from '../events/event.entity';
import { FollowUpEntity } from '../follow-ups/follow-up.entity';
import { UserEntity } from '../users/user.entity';

/** Every query behind subject access and erasure: the tables that hold something about one applicant. */
@Injectable()
export class PrivacyRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly searchIndex: ApplicantSearchIndex,
  ) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findApplicant(id: string, manager: EntityManager = this.manager): Promise<ApplicantEntity | null> {
    return manager.findOneBy(ApplicantEntity, { id });
  }

  async professions(id: string): Promise<string[]> {
    return (await this.manager.findBy(ApplicantProfessionEntity, { applicantId: id })).map((row) => row.professionCode);
  }

  async tags(id: string): Promise<string[]> {
    return (await this.manager.findBy(ApplicantTagEntity, { applicantId: id })).map((row) => row.tag);
  }

  stageHistory(id: string) {
    return this.manager
      .createQueryBuilder(StageChangeEntity, 's')
      .leftJoin(UserEntity, 'u', 'u.id = s.by_id')
      .select([
        's.at AS at',
        's.from_stage AS from_stage',
        's.to_stage AS to_stage',
        's.reason AS reason',
        'u.name AS by_name',
      ])
      .where('s.applicant_id = :id', { id })
      .orderBy('s.at', 'ASC')
      .getRawMany<{
        at: Date | string;
        from_stage: string | null;
        to_stage: string;
        reason: string | null;
        by_name: string | null;
      }>();
  }

  conversations(id: string) {
    return this.manager
      .createQueryBuilder(ConversationEntity, 'c')
      .leftJoin(UserEntity, 'u', 'u.id = c.officer_id')
      .leftJoin(EventEntity, 'e', 'e.id = c.event_id')
      .select([
        'c.occurred_at AS occurred_at',
        'c.channel AS channel',
        'e.title AS event_title',
        'c.summary AS summary',
        'c.next_step AS next_step',
        'c.barrier AS barrier',
        'c.serious AS serious',
        'u.name AS officer_name',
      ])
      .where('c.applicant_id = :id', { id })
      .orderBy('c.occurred_at', 'ASC')
      .getRawMany<{
        occurred_at: Date | string;
        channel: string;
        event_title: string | null;
        summary: string | null;
        next_step: string | null;
        barrier: string | null;
        serious: boolean | number;
        officer_name: string | null;
      }>();
  }

  followUps(id: string) {
    return this.manager
      .createQueryBuilder(FollowUpEntity, 'f')
      .leftJoin(UserEntity, 'u', 'u.id = f.assignee_id')
      .select([
        'f.due_at AS due_at',
        'f.type AS type',
        'f.status AS status',
        'f.notes AS notes',
        'f.outcome AS outcome',
        'u.name AS assignee_name',
      ])
      .where('f.applicant_id = :id', { id })
      .orderBy('f.due_at', 'ASC')
      .getRawMany<{
        due_at: Date | string;
        type: string;
        status: string;
        notes: string | null;
        outcome: string | null;
        assignee_name: string | null;
      }>();
  }

  attendances(id: string) {
    return this.manager
      .createQueryBuilder(EventAttendanceEntity, 'att')
      .innerJoin(EventEntity, 'e', 'e.id = att.event_id')
      .select([
        'e.title AS title',
        'e.starts_at AS starts_at',
        'att.registered_at AS registered_at',
        'att.checked_in_at AS checked_in_at',
      ])
      .where('att.applicant_id = :id', { id })
      .orderBy('e.starts_at', 'ASC')
      .getRawMany<{
        title: string;
        starts_at: Date | string;
        registered_at: Date | string;
        checked_in_at: Date | string | null;
      }>();
  }

  history(id: string) {
    return this.manager
      .createQueryBuilder(AuditEntryEntity, 'x')
      .leftJoin(UserEntity, 'u', 'u.id = x.actor_id')
      .select(['x.at AS at', 'x.action AS action', 'x.changes AS changes', 'u.name AS actor_name'])
      .where("x.entity = 'applicant' AND x.entity_id = :id", { id })
      .orderBy('x.at', 'ASC')
      .getRawMany<{ at: Date | string; action: string; changes: unknown; actor_name: string | null }>();
  }

  /**
   * Applicants with nothing happening since `cutoff`: not edited, no conversation, follow-up, event or stage change.
   * Erased ones are done already; enrolled ones are kept while they are students.
   */
  inactiveSince(cutoff: Date) {
    return this.manager
      .createQueryBuilder(ApplicantEntity, 'a')
      .where('a.erased_at IS NULL')
      .andWhere("a.stage <> 'enrolled'")
      .andWhere('a.updated_at < :cutoff')
      .andWhere('NOT EXISTS (SELECT 1 FROM conversations c WHERE c.applicant_id = a.id AND c.occurred_at >= :cutoff)')
      .andWhere('NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.applicant_id = a.id AND (f.updated_at >= :cutoff OR f.due_at >= :cutoff))')
      .andWhere('NOT EXISTS (SELECT 1 FROM event_attendances att WHERE att.applicant_id = a.id AND att.registered_at >= :cutoff)')
      .andWhere('NOT EXISTS (SELECT 1 FROM stage_changes s WHERE s.applicant_id = a.id AND s.at >= :cutoff)')
      .setParameters({ cutoff });
  }

  /** The latest moment anything happened to each of some applicants. */
  async lastActivity(ids: string[]): Promise<Map<string, Date>> {
    const latest = new Map<string, Date>();
    if (!ids.length) return latest;
    const note = (rows: { id: string; at: Date | string | null }[]) => {
      for (const row of rows) {
        if (!row.at) continue;
        const at = new Date(row.at);
        if (!latest.has(row.id) || (latest.get(row.id) as Date) < at) latest.set(row.id, at);
      }
    };
    const sources: [string, string, string][] = [
      ['applicants', 'id', 'updated_at'],
      ['conversations', 'applicant_id', 'occurred_at'],
      ['follow_ups', 'applicant_id', 'updated_at'],
      ['event_attendances', 'applicant_id', 'registered_at'],
      ['stage_changes', 'applicant_id', 'at'],
    ];
    for (const [table, column, at] of sources) {
      note(await this.manager.createQueryBuilder().select(`${column}`, 'id').addSelect(`MAX(${at})`, 'at').from(table, 't').where(`${column} IN (:...ids)`, { ids }).groupBy(column).getRawMany());
    }
    return latest;
  }

  /** Replaces what identifies the person with an erased marker; the stage, dates and attribution stay for the figures. */
  async eraseApplicant(manager: EntityManager, id: string, actorId: string | null, at: Date): Promise<void> {
    await manager.update(
      ApplicantEntity,
      { id },
      {
        firstName: 'Erased',
        lastName: 'person',
        email: null,
        phone: null,
        phoneNormalised: null,
        postcode: null,
        dateOfBirth: null,
        nameDobKey: null,
        guardianEmail: null,
        wpFirstInFamily: null,
        wpCareExperienced: null,
        wpDisability: null,
        wpEthnicity: null,
        closeReason: null,
        archivedAt: at,
        erasedAt: at,
        erasedById: actorId,
      },
    );
    await manager.delete(ApplicantTagEntity, { applicantId: id });
    await this.searchIndex.remove(manager, id);
    // Reasons for moves are free text that may name the person; the moves themselves stay.
    await manager.update(StageChangeEntity, { applicantId: id }, { reason: null });
  }

  /** Free text written about the person in conversations; the criteria (what makes one serious) stay. */
  async eraseConversations(manager: EntityManager, id: string): Promise<string[]> {
    const ids = (await manager.find(ConversationEntity, { select: { id: true }, where: { applicantId: id } })).map(
      (row) => row.id,
    );
    if (ids.length)
      await manager.update(ConversationEntity, { id: In(ids) }, { summary: null, nextStep: null, barrier: null });
    return ids;
  }

  /** Open follow-ups are cancelled; notes and outcomes of every follow-up are cleared. */
  async eraseFollowUps(manager: EntityManager, id: string, at: Date): Promise<{ ids: string[]; cancelled: number }> {
    const open = await manager.count(FollowUpEntity, { where: { applicantId: id, status: 'open' } });
    if (open)
      await manager.update(
        FollowUpEntity,
        { applicantId: id, status: 'open' },
        { status: 'cancelled', completedAt: at },
      );
    await manager.update(FollowUpEntity, { applicantId: id }, { notes: null, outcome: null });
    const ids = (await manager.find(FollowUpEntity, { select: { id: true }, where: { applicantId: id } })).map(
      (row) => row.id,
    );
    return { ids, cancelled: open };
  }

  /** Audit entries keep who did what and when, but not the values: each change becomes "field, redacted". */
  async redactAudit(manager: EntityManager, entity: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const entries = await manager.find(AuditEntryEntity, { where: { entity, entityId: In(ids) } });
    for (const entry of entries) {
      const changes = (entry.changes ?? []).map((change) => ({ field: change.field, redacted: true }));
      await manager.update(AuditEntryEntity, { id: entry.id }, { changes });
    }
  }
}
