import { AgeBand, Audience } from './applicants';
import { PageQuery } from './pagination';
import { ProgressStage, Stage } from './pipeline';
import { Region } from './reference';

export const EVENT_TYPES = ['school_visit', 'careers_fair', 'webinar', 'virtual_event', 'open_day', 'conference', 'gp_waiting_room', 'broadcast', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  school_visit: 'School visit',
  careers_fair: 'Careers fair',
  webinar: 'Webinar',
  virtual_event: 'Virtual event',
  open_day: 'Open day',
  conference: 'Conference',
  gp_waiting_room: 'GP waiting room',
  broadcast: 'Broadcast',
  other: 'Other',
};

export const EVENT_FORMATS = ['in_person', 'virtual'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];
export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = { in_person: 'In person', virtual: 'Virtual' };

export const ATTENDANCE_SOURCES = ['self_registered', 'added_by_officer', 'imported'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

export interface EventReach {
  youngPeople: number;
  educators: number;
  others: number;
  leafletsDistributed: number;
  leafletsTaken: number;
}

export interface EventWriteFields extends Partial<EventReach> {
  title: string;
  type: EventType;
  format: EventFormat;
  startsAt: string;
  endsAt: string;
  region?: Region | null;
  venue?: string | null;
  hostOrganisationId?: string | null;
  campaignId?: string | null;
  professions?: string[];
  registrationOpen?: boolean;
  capacity?: number | null;
}

export type CreateEventRequest = EventWriteFields;
export type UpdateEventRequest = Partial<EventWriteFields> & { version: number };

export interface EventDto extends EventReach {
  id: string;
  title: string;
  type: EventType;
  format: EventFormat;
  startsAt: string;
  endsAt: string;
  region: Region | null;
  venue: string | null;
  hostOrganisationId: string | null;
  hostOrganisationName: string | null;
  campaignId: string | null;
  campaignName: string | null;
  professions: string[];
  registrationOpen: boolean;
  capacity: number | null;
  slug: string;
  /** The public sign-up address (share as a link or QR code). */
  registrationUrl: string;
  attendeeCount: number;
  checkedInCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface EventDetailDto extends EventDto {
  /** Attendees who ever reached each stage, for attribution. */
  reachedStages: { stage: ProgressStage; count: number }[];
}

export interface EventListQuery extends PageQuery {
  search?: string;
  from?: string;
  to?: string;
  type?: EventType;
  region?: Region;
  campaignId?: string;
  profession?: string;
  when?: 'upcoming' | 'past';
}

export interface AttendeeDto {
  applicantId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  stage: Stage;
  registeredAt: string;
  checkedInAt: string | null;
  how: AttendanceSource;
}

export interface AddAttendeeRequest {
  /** An existing applicant… */
  applicantId?: string;
  /** …or a new one, created inline (same fields and duplicate rules as POST /applicants). */
  applicant?: { firstName: string; lastName: string; email?: string | null; phone?: string | null; audience?: Audience | null; consentToContact?: boolean };
  /** Create the new applicant even though likely duplicates exist. */
  allowDuplicate?: boolean;
}

export interface BulkCheckInRequest {
  applicantIds: string[];
}

/** What anyone may see of an event, without signing in. */
export interface PublicEventDto {
  title: string;
  type: EventType;
  format: EventFormat;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  professions: { code: string; name: string }[];
  registrationOpen: boolean;
  full: boolean;
  privacyNoticeVersion: string;
}

export interface PublicRegistrationRequest {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  audience?: Audience | null;
  ageBand: AgeBand;
  professionsOfInterest?: string[];
  /** Must be true. */
  consentToContact: boolean;
  /** Under 13 only: a parent or guardian's email and their consent. */
  guardianEmail?: string | null;
  guardianConsent?: boolean;
  /** Left empty by people; forms filled by bots put something here. */
  website?: string;
}

export interface PublicRegistrationResponse {
  message: string;
}
