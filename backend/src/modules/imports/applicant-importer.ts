import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApplicantImportDefaults } from '@pathway/contracts';
import { nameAndBirthKey, normaliseEmail, normalisePhone } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantReferences } from '../applicants/applicant-references';
import { ApplicantWriter } from '../applicants/applicant-writer';
import { AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { ApplicantInput, ApplicantRow, applicantLineCheck } from './applicant-rows';
import { CsvLine } from './csv-file';
import { ImportDefaultsDto } from './dto/import-defaults.dto';
import { checkMapping } from './import-mapping-check';
import { BatchResult, emptyBatch, ImportRequestContext, PreparedImport } from './importer';
import { ImportsRepository } from './imports.repository';
import { checkedDefaults } from './validate-plain';
import { newId } from '../../database/new-id';

/** The keys the duplicate rules match on, as stored. */
function keysOf(input: ApplicantInput): string[] {
  const email = normaliseEmail(input.email);
  const phone = normalisePhone(input.phone);
  const nameDob = nameAndBirthKey(input.firstName, input.lastName, input.dateOfBirth);
  return [email && `e:${email}`, phone && `p:${phone}`, nameDob && `n:${nameDob}`].filter((key): key is string =>
    Boolean(key),
  );
}

function keysOfEntity(applicant: ApplicantEntity): string[] {
  return [
    applicant.email && `e:${applicant.email}`,
    applicant.phoneNormalised && `p:${applicant.phoneNormalised}`,
    applicant.nameDobKey && `n:${applicant.nameDobKey}`,
  ].filter((key): key is string => Boolean(key));
}

/** How one row of a batch resolves: a person already in Pathway, an earlier row of the file, or someone new. */
type Resolution = { row: ApplicantRow; keys: string[] } & (
  { kind: 'earlier' } | { kind: 'existing'; match: ApplicantEntity } | { kind: 'new' }
);

/**
 * Applicant and attendee imports: each valid row is matched to people already in Pathway by the duplicate rules
 * (filling in their empty fields, never overwriting) or created; an attendee import also registers each person for
 * its event, once.
 */
@Injectable()
export class ApplicantImporter {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly writer: ApplicantWriter,
    private readonly references: ApplicantReferences,
    private readonly audit: AuditService,
  ) {}

  async prepare(request: ImportRequestContext): Promise<PreparedImport<ApplicantRow>> {
    const event = request.kind === 'attendees' ? await this.requireEvent(request.eventId) : null;
    const defaults = await this.checkDefaults(request.actor, request.defaults, event);
    const columns = checkMapping(request.file, request.mapping, request.kind, defaults);
    const codes = new Set((await this.imports.professionCodes()).map(({ code }) => code));
    const checkLine = applicantLineCheck(columns, defaults, codes);
    const check = (line: CsvLine) => {
      const checked = checkLine(line);
      // A new attendee was first met at the event: their booking time, else the event itself.
      if (event && checked.row && !checked.row.input.firstContactAt)
        checked.row.input.firstContactAt = (checked.row.registration.registeredAt ?? event.startsAt).toISOString();
      return checked;
    };
    const actorId = request.actor.id;
    /** What a match may have filled in: at an event, only contact details, never how they first came to Pathway. */
    const fillable = (row: ApplicantRow): ApplicantInput => {
      if (!event) return row.input;
      const { source: _source, eventId: _eventId, campaignId: _campaignId, ...contact } = row.input;
      return contact;
    };
    return {
      lines: request.file.lines,
      check,
      // Most rows of a file are new people: each is planned as one, and the plan is dropped if they turn out not to be.
      planAhead: (row) => {
        row.planned = this.writer.plan(row.input);
      },
      eventId: event?.id ?? null,
      plan: async (batch, seen) => {
        const result = emptyBatch();
        const resolved = this.resolve(batch, await this.existingByKey(batch), seen);
        const attending = event
          ? await this.imports.attendingApplicantIds(
              this.imports.manager,
              event.id,
              resolved.flatMap((item) => (item.kind === 'existing' ? [item.match.id] : [])),
            )
          : new Set<string>();
        for (const item of resolved) {
          if (item.kind === 'new') result.created++;
          else result.duplicates++;
          if (
            item.kind === 'existing' &&
            Object.keys(this.writer.emptyFieldsToFill(item.match, fillable(item.row))).length
          )
            result.updated++;
          if (event && (item.kind === 'new' || (item.kind === 'existing' && !attending.has(item.match.id))))
            result.attendances++;
        }
        return result;
      },
      write: (manager, batch, seen) => this.write(manager, actorId, event, batch, seen, fillable),
    };
  }

  private async write(
    manager: EntityManager,
    actorId: string,
    event: EventEntity | null,
    batch: ApplicantRow[],
    seen: Set<string>,
    fillable: (row: ApplicantRow) => ApplicantInput,
  ): Promise<BatchResult> {
    const result = emptyBatch();
    const resolved = this.resolve(batch, await this.existingByKey(batch, manager), seen);
    const registrations: { applicantId: string; row: ApplicantRow }[] = [];
    const fresh: ApplicantRow[] = [];
    for (const item of resolved) {
      if (item.kind === 'earlier') result.duplicates++;
      else if (item.kind === 'existing') {
        result.duplicates++;
        if (await this.writer.fillEmptyFields(manager, actorId, item.match, fillable(item.row))) result.updated++;
        registrations.push({ applicantId: item.match.id, row: item.row });
      } else fresh.push(item.row);
    }
    result.createdIds = await this.writer.insertPlanned(manager, {
      actorId,
      consentSource: 'import',
      people: fresh.map((row) => row.planned ?? this.writer.plan(row.input)),
    });
    result.created = result.createdIds.length;
    if (event) {
      registrations.push(...fresh.map((row, index) => ({ applicantId: result.createdIds[index], row })));
      const attending = await this.imports.attendingApplicantIds(
        manager,
        event.id,
        registrations.map((item) => item.applicantId),
      );
      const now = new Date();
      const attendances = registrations
        .filter((item) => !attending.has(item.applicantId))
        .map(({ applicantId, row: { registration } }) => ({
          id: newId(),
          eventId: event.id,
          applicantId,
          registeredAt: registration.registeredAt ?? now,
          checkedInAt:
            registration.checkedIn instanceof Date ? registration.checkedIn : registration.checkedIn ? now : null,
          how: 'imported' as const,
        }));
      await this.imports.insertAttendances(manager, attendances);
      await this.audit.recordMany(
        manager,
        attendances.map((attendance) => ({
          actorId,
          action: 'create',
          entity: 'event_attendance',
          entityId: event.id,
          changes: [
            { field: 'applicantId', to: attendance.applicantId },
            { field: 'how', to: 'imported' },
          ],
        })),
      );
      result.attendances = attendances.length;
      result.attendanceIds = attendances.map((attendance) => attendance.id);
    }
    return result;
  }

  /** Resolves each row in file order; every row's keys join `seen`, so a later row for the same person is a duplicate. */
  private resolve(batch: ApplicantRow[], existing: Map<string, ApplicantEntity>, seen: Set<string>): Resolution[] {
    return batch.map((row) => {
      const keys = keysOf(row.input);
      const match = keys.map((key) => existing.get(key)).find(Boolean);
      const resolution: Resolution = keys.some((key) => seen.has(key))
        ? { row, keys, kind: 'earlier' }
        : match
          ? { row, keys, kind: 'existing', match }
          : { row, keys, kind: 'new' };
      if (match && resolution.kind === 'existing') keysOfEntity(match).forEach((key) => seen.add(key));
      keys.forEach((key) => seen.add(key));
      return resolution;
    });
  }

  private async requireEvent(eventId: string | undefined): Promise<EventEntity> {
    if (!eventId) throw AppError.field('eventId', 'is required: the event these people attended');
    const event = await this.imports.findEvent(eventId);
    if (!event) throw AppError.field('eventId', 'is not a known event');
    return event;
  }

  /** Defaults are checked once: the same rules as the fields, and the records they point to must exist. */
  private async checkDefaults(
    actor: AuthenticatedUser,
    value: unknown,
    event: EventEntity | null,
  ): Promise<ApplicantImportDefaults> {
    const defaults = checkedDefaults(ImportDefaultsDto, value);
    await this.references.assertValid(this.imports.manager, defaults, {
      campaignId: 'defaults.campaignId',
      eventId: 'defaults.eventId',
      ownerId: 'defaults.ownerId',
    });
    const ownerId = defaults.ownerId !== undefined ? defaults.ownerId : actor.role === 'officer' ? actor.id : null;
    // An attendee import's people came through its event (and its campaign), unless the defaults say otherwise.
    const fromEvent = event ? { source: 'event', eventId: event.id, campaignId: event.campaignId } : {};
    return Object.fromEntries(
      Object.entries({ ...fromEvent, ...stripUndefined(defaults), ownerId }).filter(([, entry]) => entry !== undefined),
    );
  }

  private async existingByKey(batch: ApplicantRow[], manager?: EntityManager): Promise<Map<string, ApplicantEntity>> {
    const inputs = batch.map((row) => row.input);
    const emails = inputs.map((input) => normaliseEmail(input.email)).filter((key): key is string => Boolean(key));
    const phones = inputs.map((input) => normalisePhone(input.phone)).filter((key): key is string => Boolean(key));
    const nameDobKeys = inputs
      .map((input) => nameAndBirthKey(input.firstName, input.lastName, input.dateOfBirth))
      .filter((key): key is string => Boolean(key));
    const found = await this.imports.matching({ emails, phones, nameDobKeys }, manager);
    const byKey = new Map<string, ApplicantEntity>();
    for (const applicant of found)
      for (const key of keysOfEntity(applicant)) if (!byKey.has(key)) byKey.set(key, applicant);
    return byKey;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
