import { inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  AgeBand,
  ApplicantDto,
  ApplicantWriteFields,
  Audience,
  CreateApplicantRequest,
  OrganisationDto,
  Region,
  Source,
  WideningParticipation,
} from '@pathway/contracts';
import { startOfDay, toDay } from '../../core/format/calendar-day';
import { matching } from '../../core/forms/field-error';
import { EventChoice } from '../../events/picker/event-picker';

/** A widening-participation answer; "prefer not to say" is stored like "not asked" (`null`). */
export type WpAnswer = 'yes' | 'no' | 'prefer_not_to_say' | null;

export const NAME_MAX_LENGTH = 100;
export const ETHNICITY_MAX_LENGTH = 100;
const PHONE = /^[\d\s()+.-]{6,40}$/;
const POSTCODE = /^[A-Za-z0-9 ]{2,10}$/;

/** API fields whose form control has another name. */
export const FIELD_ALIASES = { organisationId: 'organisation', eventId: 'event' };

/** The applicant form used to add and to edit someone. Control names follow the API's fields. */
export function buildApplicantForm() {
  const fb = inject(NonNullableFormBuilder);
  return fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    lastName: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    email: ['', [Validators.email, Validators.maxLength(320)]],
    phone: ['', matching(PHONE, 'Enter a phone number using digits, spaces, + and brackets')],
    postcode: ['', matching(POSTCODE, 'Enter a postcode, like SW1A 1AA')],
    audience: [null as Audience | null],
    dateOfBirth: [null as Date | null],
    ageBand: [null as AgeBand | null],
    region: [null as Region | null],
    organisation: [null as OrganisationDto | null],
    professionsOfInterest: [[] as string[]],
    source: [null as Source | null],
    firstContactAt: [null as Date | null],
    campaignId: [null as string | null],
    event: [null as EventChoice | null],
    ownerId: [null as string | null],
    consentToContact: [false],
    wpFirstInFamily: [null as WpAnswer],
    wpCareExperienced: [null as WpAnswer],
    wpDisability: [null as WpAnswer],
    wpEthnicity: ['', Validators.maxLength(ETHNICITY_MAX_LENGTH)],
    tags: [[] as string[]],
  });
}

export type ApplicantForm = ReturnType<typeof buildApplicantForm>;
export type ApplicantFormValue = ReturnType<ApplicantForm['getRawValue']>;

/**
 * The form's answers as API fields. `firstContactAt` stays a calendar day here, so that an untouched date compares
 * equal; `toWriteFields` turns it into a time.
 */
export type ApplicantFields = Required<Pick<ApplicantWriteFields, FormField>>;

/** The API fields this form edits. */
type FormField =
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'audience'
  | 'region'
  | 'postcode'
  | 'organisationId'
  | 'dateOfBirth'
  | 'ageBand'
  | 'professionsOfInterest'
  | 'source'
  | 'firstContactAt'
  | 'campaignId'
  | 'eventId'
  | 'ownerId'
  | 'consentToContact'
  | 'wpFirstInFamily'
  | 'wpCareExperienced'
  | 'wpDisability'
  | 'wpEthnicity'
  | 'tags';

const WP_KEYS = ['wpFirstInFamily', 'wpCareExperienced', 'wpDisability', 'wpEthnicity'] as const;

export function fieldsFrom(value: ApplicantFormValue): ApplicantFields {
  const text = (input: string) => input.trim() || null;
  return {
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    email: text(value.email)?.toLowerCase() ?? null,
    phone: text(value.phone),
    postcode: text(value.postcode)?.toUpperCase() ?? null,
    audience: value.audience,
    region: value.region,
    organisationId: value.organisation?.id ?? null,
    dateOfBirth: toDay(value.dateOfBirth) || null,
    ageBand: value.ageBand,
    professionsOfInterest: value.professionsOfInterest,
    source: value.source,
    firstContactAt: toDay(value.firstContactAt) || null,
    campaignId: value.campaignId,
    eventId: value.event?.id ?? null,
    ownerId: value.ownerId,
    consentToContact: value.consentToContact,
    wpFirstInFamily: fromWpAnswer(value.wpFirstInFamily),
    wpCareExperienced: fromWpAnswer(value.wpCareExperienced),
    wpDisability: fromWpAnswer(value.wpDisability),
    wpEthnicity: text(value.wpEthnicity),
    tags: value.tags,
  };
}

/** The request to add someone: only what was filled in (the owner always, as "no owner" is a choice). */
export function createRequestFrom(value: ApplicantFormValue, includeWp: boolean): CreateApplicantRequest {
  const fields = fieldsFrom(value);
  const request: Partial<ApplicantFields> = {};
  for (const [key, field] of Object.entries(fields) as [keyof ApplicantFields, unknown][]) {
    const isWp = (WP_KEYS as readonly string[]).includes(key);
    const empty = field === null || field === false || (Array.isArray(field) && field.length === 0);
    if ((!isWp || includeWp) && (!empty || key === 'ownerId')) {
      (request as Record<string, unknown>)[key] = field;
    }
  }
  return toWriteFields(request) as CreateApplicantRequest;
}

/** The fields that differ between two sets of answers; widening participation only when it was shown. */
export function changedFields(
  before: ApplicantFields,
  after: ApplicantFields,
  includeWp: boolean,
): Partial<ApplicantWriteFields> {
  const changes: Partial<ApplicantFields> = {};
  for (const key of Object.keys(after) as (keyof ApplicantFields)[]) {
    if ((WP_KEYS as readonly string[]).includes(key) && !includeWp) {
      continue;
    }
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      (changes as Record<string, unknown>)[key] = after[key];
    }
  }
  return toWriteFields(changes);
}

/** A first-contact day becomes a time: now when it is today, else midday, so no time zone moves it to another day. */
export function toWriteFields<T extends Partial<ApplicantFields>>(fields: T, now = new Date()): T {
  const day = fields.firstContactAt;
  if (!day) {
    return fields;
  }
  const time = day === toDay(now) ? now : new Date(startOfDay(day).getTime() + 12 * 3600 * 1000);
  return { ...fields, firstContactAt: time.toISOString() };
}

/** The form's values for an applicant being edited (widening participation is fetched separately, on request). */
export function formValueFrom(applicant: ApplicantDto): Partial<ApplicantFormValue> {
  return {
    firstName: applicant.firstName,
    lastName: applicant.lastName,
    email: applicant.email ?? '',
    phone: applicant.phone ?? '',
    postcode: applicant.postcode ?? '',
    audience: applicant.audience,
    dateOfBirth: applicant.dateOfBirth ? startOfDay(applicant.dateOfBirth) : null,
    ageBand: applicant.ageBand,
    region: applicant.region,
    // The applicant carries the organisation's name but not its kind; the field shows only the name.
    organisation:
      applicant.organisationId && applicant.organisationName
        ? { id: applicant.organisationId, name: applicant.organisationName, kind: 'other', region: null }
        : null,
    professionsOfInterest: [...applicant.professionsOfInterest],
    source: applicant.source,
    firstContactAt: applicant.firstContactAt ? new Date(applicant.firstContactAt) : null,
    campaignId: applicant.campaignId,
    event: applicant.eventId
      ? {
          id: applicant.eventId,
          title: applicant.eventTitle ?? 'An event',
          startsAt: null,
          campaignId: applicant.campaignId,
        }
      : null,
    ownerId: applicant.ownerId,
    consentToContact: applicant.consent.given,
    tags: [...applicant.tags],
  };
}

export function wpFormValueFrom(details: WideningParticipation): Partial<ApplicantFormValue> {
  return {
    wpFirstInFamily: toWpAnswer(details.wpFirstInFamily),
    wpCareExperienced: toWpAnswer(details.wpCareExperienced),
    wpDisability: toWpAnswer(details.wpDisability),
    wpEthnicity: details.wpEthnicity ?? '',
  };
}

function fromWpAnswer(answer: WpAnswer): boolean | null {
  return answer === 'yes' ? true : answer === 'no' ? false : null;
}

function toWpAnswer(value: boolean | null): WpAnswer {
  return value === true ? 'yes' : value === false ? 'no' : null;
}
