import { Injectable, Logger } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { FieldError, PRIVACY_NOTICE_VERSION, PublicEventDto, PublicRegistrationResponse } from '@pathway/contracts';
import { AppError } from '../../common/errors/app-error';
import { TransactionService } from '../../database/transaction.service';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantReferences } from '../applicants/applicant-references';
import { ApplicantWriter } from '../applicants/applicant-writer';
import { EventEntity } from '../events/event.entity';
import { EventsRepository } from '../events/events.repository';
import { EventsService } from '../events/events.service';
import { PublicRegistrationDto } from './dto/public-registration.dto';

/** The same answer whether the person was new, already known, or a bot: it reveals nothing about Pathway's records. */
const THANK_YOU: PublicRegistrationResponse = { message: "Thank you for signing up. We'll be in touch with the details." };

@Injectable()
export class PublicRegistrationService {
  private readonly logger = new Logger('PublicRegistration');

  constructor(
    private readonly events: EventsRepository,
    private readonly eventsService: EventsService,
    private readonly writer: ApplicantWriter,
    private readonly references: ApplicantReferences,
    private readonly transactions: TransactionService,
  ) {}

  async event(slug: string): Promise<PublicEventDto> {
    const event = await this.findEvent(slug);
    const [professions, attendees] = await Promise.all([this.events.professions([event.id]), this.events.attendanceCounts([event.id])]);
    const codes = professions.get(event.id) ?? [];
    const names = await this.events.professionNames(codes);
    return {
      title: event.title,
      type: event.type,
      format: event.format,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      venue: event.venue,
      professions: names.map(({ code, name }) => ({ code, name })),
      registrationOpen: event.registrationOpen,
      full: event.capacity !== null && (attendees.get(event.id)?.attendees ?? 0) >= event.capacity,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    };
  }

  async register(slug: string, input: PublicRegistrationDto): Promise<PublicRegistrationResponse> {
    if (input.website) {
      this.logger.warn({ message: 'sign-up ignored: honeypot field filled' });
      return THANK_YOU;
    }
    this.checkChildRules(input);
    await this.transactions.run(async (manager) => {
      const event = await this.findEvent(slug, manager);
      if (!event.registrationOpen) throw new AppError('registration_closed', 'Sign-up for this event has closed. Please speak to the organisers.');
      const existing = await manager.findOne(ApplicantEntity, { where: { email: input.email, archivedAt: IsNull() }, order: { createdAt: 'ASC' } });
      if (existing && (await this.events.findAttendance(manager, event.id, existing.id))) return;
      if (event.capacity !== null && (await this.events.countAttendances(manager, event.id)) >= event.capacity) {
        throw new AppError('event_full', 'Sorry, this event is full.');
      }
      let applicantId = existing?.id;
      if (!applicantId) {
        await this.references.assertValid(manager, { professionsOfInterest: input.professionsOfInterest });
        const underThirteen = input.ageBand === 'under_13';
        applicantId = await this.writer.insertApplicant(manager, {
          actorId: null,
          input: {
            firstName: input.firstName,
            lastName: input.lastName,
            email: input.email,
            phone: input.phone ?? null,
            audience: input.audience ?? null,
            ageBand: input.ageBand,
            professionsOfInterest: input.professionsOfInterest ?? [],
            consentToContact: true,
            source: 'event',
            eventId: event.id,
            campaignId: event.campaignId,
            region: event.region,
          },
          consentSource: underThirteen ? 'guardian_via_public_sign_up' : 'public_sign_up',
          guardianEmail: underThirteen ? (input.guardianEmail ?? null) : null,
        });
      }
      await this.eventsService.recordAttendance(manager, null, event, applicantId, 'self_registered');
    });
    return THANK_YOU;
  }

  /** Under-13s need a parent or guardian's email and consent; otherwise nothing is stored and the form says why. */
  private checkChildRules(input: PublicRegistrationDto): void {
    if (input.ageBand !== 'under_13') return;
    const problems: FieldError[] = [];
    if (!input.guardianEmail) problems.push({ field: 'guardianEmail', message: 'is required for anyone under 13: a parent or guardian must sign up with you' });
    if (input.guardianConsent !== true) problems.push({ field: 'guardianConsent', message: 'must be given by a parent or guardian for anyone under 13' });
    if (problems.length) throw AppError.validation(problems, 'Anyone under 13 needs a parent or guardian to agree. Nothing has been saved.');
  }

  private async findEvent(slug: string, manager?: Parameters<EventsRepository['findBySlug']>[1]): Promise<EventEntity> {
    const event = /^[a-z0-9-]{3,80}$/.test(slug) ? await this.events.findBySlug(slug, manager) : null;
    if (!event) throw AppError.notFound('Event');
    return event;
  }
}
