import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { createEvents, EventAttributes } from 'ics';
import { CalendarFeedDto, FOLLOW_UP_TYPE_LABELS } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { CalendarFeedEntity } from './follow-up.entity';
import { FollowUpsRepository } from './follow-ups.repository';
import { newId } from '../../database/new-id';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const FEED_PATH = '/api/v1/public/calendar';

/** Open follow-ups as an iCalendar file, and the personal, revocable feed address calendar apps subscribe to. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly followUps: FollowUpsRepository,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async icsFor(userId: string): Promise<string> {
    const rows = await this.followUps.forCalendar(userId);
    const events: EventAttributes[] = rows.map(({ followUp, applicantName, doNotContact }) => ({
      uid: `${followUp.id}@pathway`,
      title: `${FOLLOW_UP_TYPE_LABELS[followUp.type]}: ${applicantName}${doNotContact ? ' (do not contact)' : ''}`,
      description: followUp.notes ?? undefined,
      start: followUp.dueAt.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 15 },
      url: `${this.config.publicUrl}/applicants/${followUp.applicantId}`,
      status: 'CONFIRMED',
      productId: 'pathway/follow-ups',
      calName: 'Pathway follow-ups',
    }));
    const { error, value } = createEvents(events, { productId: 'pathway/follow-ups', calName: 'Pathway follow-ups' });
    if (error || !value) throw error ?? new Error('calendar could not be written');
    return value;
  }

  /** A new secret feed address for the caller; any previous one stops working. */
  async createFeed(actor: AuthenticatedUser): Promise<CalendarFeedDto> {
    const token = randomBytes(24).toString('base64url');
    await this.transactions.run(async (manager) => {
      await manager.delete(CalendarFeedEntity, { userId: actor.id });
      await manager.insert(CalendarFeedEntity, { id: newId(), userId: actor.id, tokenHash: hashToken(token) });
      await this.audit.record(manager, { actorId: actor.id, action: 'create', entity: 'calendar_feed', entityId: actor.id });
    });
    return { url: `${this.config.publicUrl}${FEED_PATH}/${token}.ics` };
  }

  async revokeFeed(actor: AuthenticatedUser): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.delete(CalendarFeedEntity, { userId: actor.id });
      await this.audit.record(manager, { actorId: actor.id, action: 'delete', entity: 'calendar_feed', entityId: actor.id });
    });
  }

  /** The feed behind a secret address; unknown or revoked addresses answer 404. */
  async feed(token: string): Promise<string> {
    const feed = await this.transactions.run((manager) => manager.findOneBy(CalendarFeedEntity, { tokenHash: hashToken(token) }));
    if (!feed) throw AppError.notFound('Calendar feed');
    return this.icsFor(feed.userId);
  }
}
