import { IMPORT_FIELDS, ImportField, ImportKind, ImportMapping } from '@pathway/contracts';

/** Header spellings seen in sign-up sheets, ticketing exports and online forms, by the field they hold. */
const HEADER_GUESSES: Record<ImportField, string[]> = {
  firstName: ['first name', 'firstname', 'forename', 'forenames', 'given name', 'given names', 'first'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'last'],
  email: ['email', 'email address', 'e mail', 'e mail address', 'mail'],
  phone: ['phone', 'mobile', 'mobile number', 'phone number', 'telephone', 'tel', 'mobile phone', 'contact number'],
  postcode: ['postcode', 'post code', 'postal code', 'zip', 'zip code'],
  dateOfBirth: ['date of birth', 'dob', 'birth date', 'birthdate', 'birthday'],
  audience: ['audience'],
  region: ['region', 'area'],
  ageBand: ['age band', 'age group', 'age range'],
  source: ['source', 'heard about us', 'how did you hear about us'],
  firstContactAt: [
    'first contact',
    'first contact date',
    'date',
    'registered',
    'registration date',
    'signed up',
    'timestamp',
  ],
  professionsOfInterest: ['professions', 'professions of interest', 'profession', 'interests', 'interested in'],
  tags: ['tags', 'tag', 'labels'],
  consentToContact: [
    'consent',
    'consent to contact',
    'happy to be contacted',
    'contact consent',
    'opt in',
    'marketing consent',
  ],
  registeredAt: [
    'registered',
    'registered at',
    'registration date',
    'booked',
    'booking date',
    'order date',
    'ticket date',
  ],
  checkedIn: ['checked in', 'check in', 'attended', 'attendance', 'present', 'arrived'],
  profession: ['profession', 'programme', 'program', 'course', 'subject'],
  route: ['route', 'study route', 'mode', 'mode of study'],
  cohort: ['cohort', 'intake', 'intake year', 'year of entry', 'entry year', 'start year'],
  educationProvider: ['education provider', 'provider', 'university', 'institution', 'college'],
  status: ['status', 'student status', 'enrolment status'],
};

/**
 * The order in which fields claim a spelling for each kind: an attendee's "Registered" is their booking, not the
 * date of first contact; every other spelling belongs to one field only.
 */
const CLAIM_ORDER: Record<ImportKind, readonly ImportField[]> = {
  applicants: IMPORT_FIELDS.applicants,
  attendees: ['registeredAt', 'checkedIn', ...IMPORT_FIELDS.applicants],
  students: IMPORT_FIELDS.students,
};

/** Lower-case words only: "E-mail Address:" → "e mail address". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_HEADER: Record<ImportKind, Map<string, ImportField>> = {
  applicants: spellings('applicants'),
  attendees: spellings('attendees'),
  students: spellings('students'),
};

function spellings(kind: ImportKind): Map<string, ImportField> {
  const byHeader = new Map<string, ImportField>();
  for (const field of CLAIM_ORDER[kind])
    for (const spelling of HEADER_GUESSES[field]) if (!byHeader.has(spelling)) byHeader.set(spelling, field);
  return byHeader;
}

/** The field a header most likely holds in this kind of import, or null when it is not recognised. */
export function guessImportField(header: string, kind: ImportKind = 'applicants'): ImportField | null {
  return BY_HEADER[kind].get(normaliseHeader(header)) ?? null;
}

/** A guess for every header; a field goes to the first header that claims it, later ones are left unmapped. */
export function guessImportMapping(headers: string[], kind: ImportKind = 'applicants'): ImportMapping {
  const taken = new Set<ImportField>();
  const mapping: ImportMapping = {};
  for (const header of headers) {
    const field = guessImportField(header, kind);
    mapping[header] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

/**
 * A date as typed in a UK spreadsheet to ISO form: "2008-04-01", "01/04/2008", "1.4.2008" and "1-4-08" (years
 * below 100 read as 19xx/20xx around the current century) all give "2008-04-01". Anything else is returned as it
 * was, for the validators to reject with a clear message.
 */
export function importDate(value: string, today = new Date()): string {
  const text = value.trim();
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!uk) return text;
  const [, day, month, yearText] = uk;
  let year = Number(yearText);
  if (yearText.length === 2) {
    const century = Math.floor(today.getFullYear() / 100) * 100;
    year = century + year > today.getFullYear() ? century - 100 + year : century + year;
  }
  return `${String(year).padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "yes", "Y", "true", "1", "x" → true; "no", "n", "false", "0", "" → false; anything else → null (not understood). */
export function importBoolean(value: string): boolean | null {
  const text = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x', 'agreed', 'agree'].includes(text)) return true;
  if (['no', 'n', 'false', '0', ''].includes(text)) return false;
  return null;
}

/** A list cell: "podiatry; radiography" → ["podiatry", "radiography"] (commas also separate). */
export function importList(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
