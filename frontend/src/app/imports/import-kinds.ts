import { InjectionToken } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import {
  ApplicantImportDefaults,
  IMPORT_FIELDS,
  IMPORT_KINDS,
  IMPORT_REQUIRED_FIELDS,
  ImportField,
  ImportKind,
  StudentImportDefaults,
} from '@pathway/contracts';
import { countWith } from '../core/format/count.pipe';

/** What a page imports: its kind, and for attendees the event they attended. */
export interface ImportTarget {
  kind: ImportKind;
  /** The event of an attendee import. */
  eventId?: string;
}

/** The page's target, read from its route (`data.importKind`, and the `:id` of an event). */
export const IMPORT_TARGET = new InjectionToken<ImportTarget>('IMPORT_TARGET');

export function importTargetFromRoute(route: ActivatedRoute): ImportTarget {
  const data = route.snapshot.data['importKind'] as unknown;
  const kind = IMPORT_KINDS.find((candidate) => candidate === data) ?? 'applicants';
  const eventId = route.snapshot.paramMap.get('id');
  return kind === 'attendees' && eventId ? { kind, eventId } : { kind };
}

/** The values every imported row gets where the file has none, as the API takes them for each kind. */
export type ImportDefaults = ApplicantImportDefaults | StudentImportDefaults;

/** How each kind of import reads on screen. */
export interface ImportKindConfig {
  /** The fields a column can be mapped to, in the order offered. */
  fields: readonly ImportField[];
  /** Fields every row needs, from a column or a default. */
  required: readonly ImportField[];
  /** What the people brought in are called: one and many. */
  one: string;
  many: string;
  /** The recent-imports table's "What" for an import of this kind. */
  what: string;
  /** What undoing an import leaves, after "The 3 people it added will be removed." */
  undoNote: string;
}

export const IMPORT_KIND_CONFIG: Record<ImportKind, ImportKindConfig> = {
  applicants: {
    fields: IMPORT_FIELDS.applicants,
    required: IMPORT_REQUIRED_FIELDS.applicants,
    one: 'person',
    many: 'people',
    what: 'Applicants',
    undoNote:
      'People it only filled in keep what it added. Nobody can be removed once they have been changed or contacted.',
  },
  attendees: {
    fields: IMPORT_FIELDS.attendees,
    required: IMPORT_REQUIRED_FIELDS.attendees,
    one: 'person',
    many: 'people',
    what: 'Attendees',
    undoNote:
      'The registrations it recorded go too; people it matched keep their record. ' +
      'Nobody can be removed once they have been changed or contacted.',
  },
  students: {
    fields: IMPORT_FIELDS.students,
    required: IMPORT_REQUIRED_FIELDS.students,
    one: 'student',
    many: 'students',
    what: 'Students',
    undoNote: 'Students it matched are left as they were. Nobody can be removed once their record has been changed.',
  },
};

/** "1 person", "3 students", "50,000 people". */
export function countOf(kind: ImportKind, count: number): string {
  const { one, many } = IMPORT_KIND_CONFIG[kind];
  return countWith(count, one, many);
}

/** The page's heading: "Import applicants", "Import attendees of Radiography open evening", "Import students". */
export function importTitle(kind: ImportKind, eventTitle?: string | null): string {
  if (kind === 'attendees') return eventTitle ? `Import attendees of ${eventTitle}` : 'Import attendees';
  return `Import ${kind}`;
}

/** What a listed import brought in: "Applicants", "Attendees of Careers fair", "Students". */
export function importWhat(kind: ImportKind, event: { title: string } | null): string {
  return kind === 'attendees' && event ? `Attendees of ${event.title}` : IMPORT_KIND_CONFIG[kind].what;
}

/** The fields a kind's defaults fill in (given a value), which then need no column. */
export function defaultedFields(kind: ImportKind, defaults: ImportDefaults): Set<ImportField> {
  const fields = IMPORT_KIND_CONFIG[kind].fields as readonly string[];
  return new Set(
    Object.entries(defaults)
      .filter(([field, value]) => fields.includes(field) && value !== undefined && value !== null && value !== '')
      .map(([field]) => field as ImportField),
  );
}
