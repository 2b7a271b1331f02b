import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AttendanceSource, AttendeeDto, EventDetailDto, EventDto, Page } from '@pathway/contracts';
import { foldText } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, PageQueryDto, toPage } from '../../common/http/page-query.dto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { updateIfVersion } from '../../database/optimistic-update';
import { TransactionService } from '../../database/transaction.service';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantReferences } from '../applicants/applicant-references';
import { ApplicantsService } from '../applicants/applicants.service';
import { ApplicantWriter } from '../applicants/applicant-writer';
import { StageReachRepository } from '../applicants/stage-reach.repository';
import { AuditService } from '../audit/audit.service';
import { AddAttendeeDto, CreateEventDto, EventListQueryDto, UpdateEventDto } from './dto/event.dto';
import { EventAttendanceEntity, EventEntity } from './event.entity';
import { EventRow, EventsRepository } from './events.repository';
import { newId } from '../../database/new-id';

const AUDITED_FIELDS = ['title', 'type', 'format', 'startsAt', 'endsAt', 'region', 'venue', 'hostOrganisationId', 'campaignId', 'professions', 'youngPeople', 'educators', 'others', 'leafletsDistributed', 'leafletsTaken', 'registrationOpen', 'capacity'] as const;
const COLUMNS = ['title', 'type', 'format', 'region', 'venue', 'hostOrganisationId', 'campaignId', 'youngPeople', 'educators', 'others', 'leafletsDistributed', 'leafletsTaken', 'registrationOpen', 'capacity'] as const;

/** A readable, unguessable address: "careers-fair-northfield-academy-k3x9q2". */
export function slugFor(title: string): string {
  const words = foldText(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '');
  return `${words || 'event'}-${randomBytes(4).toString('hex').slice(0, 6)}`;
}

@Injectable()
export class EventsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsRepository,
    private readonly applicants: ApplicantsService,
    private readonly writer: ApplicantWriter,
    private readonly references: ApplicantReferences,
    private readonly reach: StageReachRepository,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  registrationUrl(slug: string): string {
    return `${this.config.publicUrl}/register/${slug}`;
  }

  async list(query: EventListQueryDto): Promise<Page<EventDto>> {
    const page = paging(query);
    const [rows, total] = await this.events.list(query, page, new Date());
    return toPage(await this.toDtos(rows), total, page);
  }

  async get(id: string, manager?: EntityManager): Promise<EventDetailDto> {
    const row = await this.events.findRow(id, manager);
    if (!row) throw AppError.notFound('Event');
    const [[dto], reachedStages] = await Promise.all([this.toDtos([row], manager), this.reach.reached('SELECT att.applicant_id FROM event_attendances att WHERE att.event_id = $1', [id])]);
    return { ...dto, reachedStages };
  }

  async create(actor: AuthenticatedUser, input: CreateEventDto): Promise<EventDetailDto> {
    this.assertConsistent(input);
    const id = newId();
    await this.transactions.run(async (manager) => {
      await this.assertReferences(manager, input);
      const columns = this.columns(input);
      await manager.insert(EventEntity, { id, ...columns, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), slug: slugFor(input.title), createdById: actor.id });
      if (input.professions) await this.events.replaceProfessions(manager, id, [...new Set(input.professions)]);
      await this.audit.record(manager, { actorId: actor.id, action: 'create', entity: 'event', entityId: id, changes: this.audit.changes(null, { ...input }, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  async update(actor: AuthenticatedUser, id: string, input: UpdateEventDto): Promise<EventDetailDto> {
    await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(EventEntity, { id });
      if (!current) throw AppError.notFound('Event');
      if (current.version !== input.version) throw AppError.staleVersion('event');
      this.assertConsistent({
        startsAt: input.startsAt ?? current.startsAt.toISOString(),
        endsAt: input.endsAt ?? current.endsAt.toISOString(),
        leafletsDistributed: input.leafletsDistributed ?? current.leafletsDistributed,
        leafletsTaken: input.leafletsTaken ?? current.leafletsTaken,
      });
      await this.assertReferences(manager, input);
      const changes: QueryDeepPartialEntity<EventEntity> = {
        ...this.columns(input),
        ...(input.startsAt ? { startsAt: new Date(input.startsAt) } : {}),
        ...(input.endsAt ? { endsAt: new Date(input.endsAt) } : {}),
      };
      if (!(await updateIfVersion(manager, EventEntity, id, input.version, changes))) throw AppError.staleVersion('event');
      if (input.professions) await this.events.replaceProfessions(manager, id, [...new Set(input.professions)]);
      await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'event', entityId: id, changes: this.audit.changes(current as unknown as Record<string, unknown>, { ...input }, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  async attendees(eventId: string, query: PageQueryDto): Promise<Page<AttendeeDto>> {
    await this.requireEvent(eventId);
    const page = paging(query);
    const [rows, total] = await this.events.attendees(eventId, page);
    return toPage(
      rows.map(({ attendance, applicant }) => ({
        applicantId: applicant.id,
        firstName: applicant.firstName,
        lastName: applicant.lastName,
        email: applicant.email,
        stage: applicant.stage,
        registeredAt: attendance.registeredAt.toISOString(),
        checkedInAt: attendance.checkedInAt?.toISOString() ?? null,
        how: attendance.how,
      })),
      total,
      page,
    );
  }

  /** Adds an existing applicant, or creates one inline (duplicate rules apply), as an attendee. */
  async addAttendee(actor: AuthenticatedUser, eventId: string, input: AddAttendeeDto): Promise<{ applicantId: string }> {
    if (Boolean(input.applicantId) === Boolean(input.applicant)) throw AppError.field('applicantId', 'or applicant (a new person) is required, not both');
    if (input.applicant && !input.allowDuplicate) await this.applicants.refuseDuplicates(input.applicant);
    const applicantId = await this.transactions.run(async (manager) => {
      const event = await this.requireEvent(eventId, manager);
      let id = input.applicantId;
      if (id) {
        if (!(await manager.existsBy(ApplicantEntity, { id }))) throw AppError.field('applicantId', 'is not a known applicant');
      } else {
        const person = input.applicant as NonNullable<AddAttendeeDto['applicant']>;
        await this.references.assertValid(manager, person);
        id = await this.writer.insertApplicant(manager, {
          actorId: actor.id,
          input: { ...person, source: person.source ?? 'event', eventId: event.id, campaignId: event.campaignId, ownerId: person.ownerId ?? (actor.role === 'officer' ? actor.id : null) },
          consentSource: 'recorded_by_staff',
        });
      }
      if (await this.events.findAttendance(manager, eventId, id)) throw new AppError('conflict', 'This person is already an attendee', [{ field: 'applicantId', message: 'is already an attendee' }]);
      await this.recordAttendance(manager, actor.id, event, id, 'added_by_officer');
      return id;
    });
    return { applicantId };
  }

  /** Records an attendance inside the caller's transaction (also used by public sign-up and imports). */
  async recordAttendance(manager: EntityManager, actorId: string | null, event: EventEntity, applicantId: string, how: AttendanceSource): Promise<void> {
    await manager.insert(EventAttendanceEntity, { id: newId(), eventId: event.id, applicantId, registeredAt: new Date(), checkedInAt: null, how });
    await this.audit.record(manager, { actorId, action: 'create', entity: 'event_attendance', entityId: event.id, changes: [{ field: 'applicantId', to: applicantId }, { field: 'how', to: how }] });
  }

  async removeAttendee(actor: AuthenticatedUser, eventId: string, applicantId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.requireEvent(eventId, manager);
      const attendance = await this.events.findAttendance(manager, eventId, applicantId);
      if (!attendance) throw AppError.notFound('Attendee');
      await manager.delete(EventAttendanceEntity, { id: attendance.id });
      await this.audit.record(manager, { actorId: actor.id, action: 'delete', entity: 'event_attendance', entityId: eventId, changes: [{ field: 'applicantId', from: applicantId }] });
    });
  }

  /** Checks in attendees (once; checking in again keeps the first time). Answers how many were checked in now. */
  async checkIn(actor: AuthenticatedUser, eventId: string, applicantIds: string[]): Promise<{ checkedIn: number }> {
    const ids = [...new Set(applicantIds)];
    return this.transactions.run(async (manager) => {
      await this.requireEvent(eventId, manager);
      const attendances = await manager.findBy(EventAttendanceEntity, { eventId, applicantId: In(ids) });
      if (attendances.length !== ids.length) {
        const known = new Set(attendances.map((attendance) => attendance.applicantId));
        throw AppError.field('applicantIds', `are not attendees: ${ids.filter((id) => !known.has(id)).join(', ')}`);
      }
      const pending = attendances.filter((attendance) => !attendance.checkedInAt);
      if (pending.length) {
        await manager.update(EventAttendanceEntity, { id: In(pending.map((attendance) => attendance.id)) }, { checkedInAt: new Date() });
        await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'event_attendance', entityId: eventId, changes: [{ field: 'checkedIn', to: pending.map((attendance) => attendance.applicantId) }] });
      }
      return { checkedIn: pending.length };
    });
  }

  async requireEvent(id: string, manager?: EntityManager): Promise<EventEntity> {
    const event = await this.events.findById(id, manager);
    if (!event) throw AppError.notFound('Event');
    return event;
  }

  private async toDtos(rows: EventRow[], manager?: EntityManager): Promise<EventDto[]> {
    const ids = rows.map((row) => row.event.id);
    const [professions, counts] = await Promise.all([this.events.professions(ids, manager), this.events.attendanceCounts(ids, manager)]);
    return rows.map(({ event: e, hostOrganisationName, campaignName }) => ({
      id: e.id,
      title: e.title,
      type: e.type,
      format: e.format,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      region: e.region,
      venue: e.venue,
      hostOrganisationId: e.hostOrganisationId,
      hostOrganisationName,
      campaignId: e.campaignId,
      campaignName,
      professions: professions.get(e.id) ?? [],
      youngPeople: e.youngPeople,
      educators: e.educators,
      others: e.others,
      leafletsDistributed: e.leafletsDistributed,
      leafletsTaken: e.leafletsTaken,
      registrationOpen: e.registrationOpen,
      capacity: e.capacity,
      slug: e.slug,
      registrationUrl: this.registrationUrl(e.slug),
      attendeeCount: counts.get(e.id)?.attendees ?? 0,
      checkedInCount: counts.get(e.id)?.checkedIn ?? 0,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
      version: e.version,
    }));
  }

  private columns(input: Partial<CreateEventDto>): Partial<EventEntity> {
    return Object.fromEntries(COLUMNS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]])) as Partial<EventEntity>;
  }

  private assertConsistent(input: { startsAt?: string; endsAt?: string; leafletsDistributed?: number; leafletsTaken?: number }): void {
    if (input.startsAt && input.endsAt && new Date(input.endsAt) < new Date(input.startsAt)) throw AppError.field('endsAt', 'must not be before startsAt');
    if ((input.leafletsTaken ?? 0) > (input.leafletsDistributed ?? 0)) throw AppError.field('leafletsTaken', 'must not be more than leafletsDistributed');
  }

  private async assertReferences(manager: EntityManager, input: Partial<CreateEventDto>): Promise<void> {
    await this.references.assertValid(
      manager,
      { organisationId: input.hostOrganisationId, campaignId: input.campaignId, professionsOfInterest: input.professions },
      { organisationId: 'hostOrganisationId', professionsOfInterest: 'professions' },
    );
  }
}
