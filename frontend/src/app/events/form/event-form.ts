import { inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import {
  CreateEventRequest,
  EventDto,
  EventFormat,
  EventType,
  EventWriteFields,
  OrganisationDto,
  Region,
} from '@pathway/contracts';
import { matching } from '../../core/forms/field-error';

export const TITLE_MIN_LENGTH = 3;
export const TITLE_MAX_LENGTH = 200;
export const VENUE_MAX_LENGTH = 300;
export const END_BEFORE_START = 'The end cannot be before the start';
export const TAKEN_OVER_DISTRIBUTED = 'Leaflets taken cannot be more than leaflets distributed';
const WHOLE_NUMBER = 'Enter a whole number of 0 or more';
const CAPACITY = 'Enter a whole number of 1 or more, or leave it empty for no limit';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** API fields whose form control has another name (dates and times are split into a day and a time each). */
export const EVENT_FIELD_ALIASES = { startsAt: 'startDate', endsAt: 'endDate', hostOrganisationId: 'host' };

/** Reach counts: empty counts as 0, anything else must be a whole number of 0 or more. */
export const wholeNumber: ValidatorFn = (control) => {
  const value: unknown = control.value;
  return value === null || value === '' || (Number.isInteger(value) && (value as number) >= 0)
    ? null
    : { invalid: WHOLE_NUMBER };
};

const capacity: ValidatorFn = (control) => {
  const value: unknown = control.value;
  return value === null || value === '' || (Number.isInteger(value) && (value as number) >= 1)
    ? null
    : { invalid: CAPACITY };
};

/** On the form: the end (day and time) is not before the start. Checked once both are complete. */
export const endNotBeforeStart: ValidatorFn = (form: AbstractControl): ValidationErrors | null => {
  const start = combine(form.get('startDate')?.value, form.get('startTime')?.value);
  const end = combine(form.get('endDate')?.value, form.get('endTime')?.value);
  return start && end && end.getTime() < start.getTime() ? { endBeforeStart: END_BEFORE_START } : null;
};

/** On the form: no more leaflets were taken than were handed out. */
export const takenWithinDistributed: ValidatorFn = (form: AbstractControl): ValidationErrors | null => {
  const distributed: unknown = form.get('leafletsDistributed')?.value;
  const taken: unknown = form.get('leafletsTaken')?.value;
  return typeof taken === 'number' && taken > (typeof distributed === 'number' ? distributed : 0)
    ? { takenOverDistributed: TAKEN_OVER_DISTRIBUTED }
    : null;
};

/** The event form used to plan an event and to edit it. Control names follow the API's fields where they can. */
export function buildEventForm(fb: NonNullableFormBuilder = inject(NonNullableFormBuilder)) {
  return fb.group(
    {
      title: [
        '',
        [Validators.required, Validators.minLength(TITLE_MIN_LENGTH), Validators.maxLength(TITLE_MAX_LENGTH)],
      ],
      type: [null as EventType | null, Validators.required],
      format: ['in_person' as EventFormat, Validators.required],
      startDate: [null as Date | null, Validators.required],
      startTime: ['10:00', [Validators.required, matching(TIME, 'Enter a time like 14:30')]],
      endDate: [null as Date | null, Validators.required],
      endTime: ['12:00', [Validators.required, matching(TIME, 'Enter a time like 14:30')]],
      region: [null as Region | null],
      venue: ['', Validators.maxLength(VENUE_MAX_LENGTH)],
      host: [null as OrganisationDto | null],
      campaignId: [null as string | null],
      professions: [[] as string[]],
      youngPeople: [0 as number | null, wholeNumber],
      educators: [0 as number | null, wholeNumber],
      others: [0 as number | null, wholeNumber],
      leafletsDistributed: [0 as number | null, wholeNumber],
      leafletsTaken: [0 as number | null, wholeNumber],
      registrationOpen: [true],
      capacity: [null as number | null, capacity],
    },
    { validators: [endNotBeforeStart, takenWithinDistributed] },
  );
}

export type EventForm = ReturnType<typeof buildEventForm>;
export type EventFormValue = ReturnType<EventForm['getRawValue']>;
export type EventFields = Required<EventWriteFields>;

/** A day from a date picker and a "HH:MM" time as one local time; `null` until both are there. */
export function combine(day: Date | null | undefined, time: string | null | undefined): Date | null {
  if (!day || Number.isNaN(day.getTime()) || !time || !TIME.test(time)) {
    return null;
  }
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

const pad = (value: number) => String(value).padStart(2, '0');
const timeOf = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
const dayOf = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

/** The form's answers as API fields (call it on a valid form). */
export function eventFieldsFrom(value: EventFormValue): EventFields {
  const count = (input: number | null) => input ?? 0;
  return {
    title: value.title.trim(),
    type: value.type as EventType,
    format: value.format,
    startsAt: combine(value.startDate, value.startTime)?.toISOString() ?? '',
    endsAt: combine(value.endDate, value.endTime)?.toISOString() ?? '',
    region: value.region,
    venue: value.venue.trim() || null,
    hostOrganisationId: value.host?.id ?? null,
    campaignId: value.campaignId,
    professions: value.professions,
    youngPeople: count(value.youngPeople),
    educators: count(value.educators),
    others: count(value.others),
    leafletsDistributed: count(value.leafletsDistributed),
    leafletsTaken: count(value.leafletsTaken),
    registrationOpen: value.registrationOpen,
    capacity: value.capacity,
  };
}

/** The request to plan an event: what was filled in, leaving out empty optional fields. */
export function createEventRequestFrom(value: EventFormValue): CreateEventRequest {
  const request: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(eventFieldsFrom(value))) {
    if (field !== null && !(Array.isArray(field) && field.length === 0)) {
      request[key] = field;
    }
  }
  return request as unknown as CreateEventRequest;
}

/** The fields that differ between two sets of answers. */
export function changedEventFields(before: EventFields, after: EventFields): Partial<EventWriteFields> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof EventFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = after[key];
    }
  }
  return changes as Partial<EventWriteFields>;
}

/** The form's values for an event being edited. */
export function eventFormValueFrom(event: EventDto): Partial<EventFormValue> {
  const startsAt = new Date(event.startsAt);
  const endsAt = new Date(event.endsAt);
  return {
    title: event.title,
    type: event.type,
    format: event.format,
    startDate: dayOf(startsAt),
    startTime: timeOf(startsAt),
    endDate: dayOf(endsAt),
    endTime: timeOf(endsAt),
    region: event.region,
    venue: event.venue ?? '',
    // The event carries the host's name but not its kind; the field shows only the name.
    host:
      event.hostOrganisationId && event.hostOrganisationName
        ? { id: event.hostOrganisationId, name: event.hostOrganisationName, kind: 'other', region: null }
        : null,
    campaignId: event.campaignId,
    professions: [...event.professions],
    youngPeople: event.youngPeople,
    educators: event.educators,
    others: event.others,
    leafletsDistributed: event.leafletsDistributed,
    leafletsTaken: event.leafletsTaken,
    registrationOpen: event.registrationOpen,
    capacity: event.capacity,
  };
}
