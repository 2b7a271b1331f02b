import { Injectable } from '@nestjs/common';
import { ApplicantExportDto, ErasureResultDto } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { PrivacyRepository } from './privacy.repository';

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
/** What the export leaves out of the person's own fields: internal keys, not data about them. */
const INTERNAL_FIELDS = new Set(['phoneNormalised', 'nameDobKey', 'position', 'version']);

/** Subject access (everything held about a person) and erasure (keep only anonymous facts), both audited. */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async export(actor: AuthenticatedUser, id: string): Promise<ApplicantExportDto> {
    const applicant = await this.privacy.findApplicant(id);
    if (!applicant) throw AppError.notFound('Applicant');
    const [professions, tags, stages, conversations, followUps, attendances, history] = await Promise.all([
      this.privacy.professions(id),
      this.privacy.tags(id),
      this.privacy.stageHistory(id),
      this.privacy.conversations(id),
      this.privacy.followUps(id),
      this.privacy.attendances(id),
      this.privacy.history(id),
    ]);
    const person = Object.fromEntries(
      Object.entries(applicant)
        .filter(([field]) => !INTERNAL_FIELDS.has(field))
        .map(([field, value]) => [
          field,
          value instanceof Date ? value.toISOString() : (value as string | number | boolean | null),
        ]),
    );
    await this.transactions.run((manager) =>
      this.audit.record(manager, {
        actorId: actor.id,
        action: 'export',
        entity: 'applicant',
        entityId: id,
        changes: [],
      }),
    );
    return {
      exportedAt: new Date().toISOString(),
      person,
      professionsOfInterest: professions,
      tags,
      consent: {
        given: applicant.consentGiven,
        givenAt: iso(applicant.consentGivenAt),
        source: applicant.consentSource,
        wordingVersion: applicant.consentWordingVersion,
        withdrawnAt: iso(applicant.consentWithdrawnAt),
      },
      stageHistory: stages.map((row) => ({
        at: iso(row.at) ?? '',
        from: row.from_stage,
        to: row.to_stage,
        reason: row.reason,
        by: row.by_name,
      })),
      conversations: conversations.map((row) => ({
        occurredAt: iso(row.occurred_at) ?? '',
        channel: row.channel,
        event: row.event_title,
        summary: row.summary,
        nextStep: row.next_step,
        barrier: row.barrier,
        serious: Boolean(row.serious),
        officer: row.officer_name,
      })),
      followUps: followUps.map((row) => ({
        dueAt: iso(row.due_at) ?? '',
        type: row.type,
        status: row.status,
        notes: row.notes,
        outcome: row.outcome,
        assignee: row.assignee_name,
      })),
      events: attendances.map((row) => ({
        title: row.title,
        startsAt: iso(row.starts_at) ?? '',
        registeredAt: iso(row.registered_at) ?? '',
        checkedInAt: iso(row.checked_in_at),
      })),
      history: history.map((row) => ({
        at: iso(row.at) ?? '',
        action: row.action,
        by: row.actor_name,
        fields: changedFields(row.changes),
      })),
    };
  }

  /**
   * Erases a person in one transaction: identifying fields, free text about them (conversation notes, follow-up notes,
   * reasons) and the values in the audit trail go; the stage history, dates, criteria and attendance counts stay, so
   * every figure is unchanged. Open follow-ups are cancelled. The erasure itself is audited without values (with no
   * actor when the retention policy does it).
   */
  async erase(actor: AuthenticatedUser | null, id: string): Promise<ErasureResultDto> {
    const actorId = actor?.id ?? null;
    return this.transactions.run(async (manager) => {
      const applicant = await this.privacy.findApplicant(id, manager);
      if (!applicant) throw AppError.notFound('Applicant');
      if (applicant.erasedAt) throw new AppError('conflict', "This person's data has already been erased");
      const at = new Date();
      await this.privacy.eraseApplicant(manager, id, actorId, at);
      const conversationIds = await this.privacy.eraseConversations(manager, id);
      const followUps = await this.privacy.eraseFollowUps(manager, id, at);
      await this.privacy.redactAudit(manager, 'applicant', [id]);
      await this.privacy.redactAudit(manager, 'conversation', conversationIds);
      await this.privacy.redactAudit(manager, 'follow_up', followUps.ids);
      await this.audit.record(manager, {
        actorId,
        action: 'erase',
        entity: 'applicant',
        entityId: id,
        changes: [],
      });
      return { id, erasedAt: at.toISOString(), followUpsCancelled: followUps.cancelled };
    });
  }
}

function changedFields(changes: unknown): string[] {
  const list = typeof changes === 'string' ? (JSON.parse(changes) as unknown) : changes;
  return Array.isArray(list)
    ? list.map((change: { field?: unknown }) => String(change.field ?? '')).filter(Boolean)
    : [];
}
