import { FieldError } from './errors';

/** What an import brings in: prospective applicants, an event's attendees (who are applicants too), or students. */
export const IMPORT_KINDS = ['applicants', 'attendees', 'students'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Applicant fields a CSV column can fill. Lists (professions, tags) are separated by ";" in a cell. */
export const APPLICANT_IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'postcode',
  'dateOfBirth',
  'audience',
  'region',
  'ageBand',
  'source',
  'firstContactAt',
  'professionsOfInterest',
  'tags',
  'consentToContact',
] as const;
export type ApplicantImportField = (typeof APPLICANT_IMPORT_FIELDS)[number];

/** An attendee is an applicant with their registration: when they booked and whether they came. */
export const ATTENDEE_IMPORT_FIELDS = [...APPLICANT_IMPORT_FIELDS, 'registeredAt', 'checkedIn'] as const;
export type AttendeeImportField = (typeof ATTENDEE_IMPORT_FIELDS)[number];

/** Student fields a CSV column can fill (a university's enrolment list). */
export const STUDENT_IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'profession',
  'route',
  'cohort',
  'educationProvider',
  'status',
] as const;
export type StudentImportField = (typeof STUDENT_IMPORT_FIELDS)[number];

export type ImportField = AttendeeImportField | StudentImportField;

export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  applicants: APPLICANT_IMPORT_FIELDS,
  attendees: ATTENDEE_IMPORT_FIELDS,
  students: STUDENT_IMPORT_FIELDS,
};

/** Fields every row needs, from a column or from the import's defaults. */
export const IMPORT_REQUIRED_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  applicants: ['firstName', 'lastName'],
  attendees: ['firstName', 'lastName'],
  students: ['firstName', 'lastName', 'profession', 'route', 'cohort'],
};

/** `{ "CSV header": "field" }`; a header mapped to null (or left out) is ignored. */
export type ImportMapping = Record<string, ImportField | null>;

/** Values given to every imported row where the file has none. */
export interface ApplicantImportDefaults {
  source?: string | null;
  campaignId?: string | null;
  eventId?: string | null;
  ownerId?: string | null;
  consentToContact?: boolean;
  tags?: string[];
}

/** Values given to every imported student where the file has none. */
export interface StudentImportDefaults {
  profession?: string;
  route?: string;
  cohort?: number;
  educationProvider?: string | null;
  status?: string;
}

export const IMPORT_MAX_ROWS = 50_000;
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export interface ImportRowProblem {
  /** The line's number in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  errors: FieldError[];
}

/** `POST /imports/applicants` answers this, for a dry run as for the real thing. */
export interface ImportReportDto {
  /** The import record (null for a dry run, which stores nothing). */
  importId: string | null;
  dryRun: boolean;
  rows: number;
  valid: number;
  invalid: ImportRowProblem[];
  /** Valid rows that match a person already in Pathway (or an earlier row of the same file). */
  duplicates: number;
  /** A dry run's counts of what a real import would do. */
  toCreate: number;
  toUpdate: number;
  created: number;
  updated: number;
  /** Attendee imports: registrations recorded (to record, on a dry run); people already registered are left as they were. */
  attendances?: number;
}

/** `POST /imports/applicants/preview`: what the file holds and how its columns would be read. */
export interface ImportPreviewDto {
  headers: string[];
  mapping: ImportMapping;
  /** The first rows, cells in header order. */
  sampleRows: string[][];
  rows: number;
}

export interface ImportSummaryDto {
  id: string;
  kind: ImportKind;
  /** An attendee import's event. */
  event: { id: string; title: string } | null;
  fileName: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  rows: number;
  valid: number;
  invalid: number;
  duplicates: number;
  created: number;
  updated: number;
  undoneAt: string | null;
}

/** `POST /imports/:id/undo` answers this: the records it created that are now gone (attendances included). */
export interface ImportUndoDto {
  id: string;
  removed: number;
}
