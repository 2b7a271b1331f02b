import { FieldError, IMPORT_MAX_BYTES, IMPORT_REQUIRED_FIELDS, ImportField, ImportMapping } from '@pathway/contracts';
import { apiErrorOf, errorMessage } from '../core/api-error';
import { formatCount } from '../core/format/count.pipe';

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  postcode: 'Postcode',
  dateOfBirth: 'Date of birth',
  audience: 'Audience',
  region: 'Region',
  ageBand: 'Age band',
  source: 'Source',
  firstContactAt: 'First contact date',
  professionsOfInterest: 'Professions of interest',
  tags: 'Tags',
  consentToContact: 'Consent to contact',
  registeredAt: 'Registered at',
  checkedIn: 'Checked in',
  profession: 'Profession',
  route: 'Study route',
  cohort: 'Cohort (intake year)',
  educationProvider: 'Education provider',
  status: 'Status',
};

/**
 * What is wrong with a mapping before it is sent: every required field must come from a column or a default, and no
 * field from two columns.
 */
export function mappingProblems(
  mapping: ImportMapping,
  required: readonly ImportField[] = IMPORT_REQUIRED_FIELDS.applicants,
  defaulted: ReadonlySet<ImportField> = new Set(),
): string[] {
  const headersByField = new Map<ImportField, string[]>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field) headersByField.set(field, [...(headersByField.get(field) ?? []), header]);
  }
  const problems = required
    .filter((field) => !headersByField.has(field) && !defaulted.has(field))
    .map((field) =>
      defaultable(field)
        ? `Choose the column that holds the ${lowerLabel(field)}, or set it below for every row.`
        : `Choose the column that holds the ${lowerLabel(field)}.`,
    );
  for (const [field, headers] of headersByField) {
    if (headers.length > 1) {
      problems.push(
        `${IMPORT_FIELD_LABELS[field]} is chosen for ${formatCount(headers.length)} columns (${headers.map((h) => `“${h}”`).join(', ')}); keep one.`,
      );
    }
  }
  return problems;
}

/** Student fields the defaults can fill in for every row (names cannot be defaulted). */
const DEFAULTABLE: readonly ImportField[] = ['profession', 'route', 'cohort', 'educationProvider', 'status'];
const defaultable = (field: ImportField) => DEFAULTABLE.includes(field);
const lowerLabel = (field: ImportField) => IMPORT_FIELD_LABELS[field].toLowerCase();

/** Why a chosen file cannot be sent, or '' when it can. */
export function fileProblem(file: File): string {
  if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') {
    return `${file.name} is not a CSV file. Save the sheet as CSV (UTF-8) and choose that file.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > IMPORT_MAX_BYTES) {
    return `${file.name} is ${formatFileSize(file.size)}; files up to ${formatFileSize(IMPORT_MAX_BYTES)} can be imported.`;
  }
  return '';
}

/** "812 bytes", "14.2 KB", "3.5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A field an API message is about, in words: `email` → "Email", `mapping.E-mail` → "Column “E-mail”". */
export function fieldLabel(field: string, mapping: ImportMapping = {}): string {
  if (field === 'file') return 'The file';
  if (field === 'mapping') return 'The mapping';
  if (field.startsWith('mapping.')) return `Column “${field.slice('mapping.'.length)}”`;
  if (field.startsWith('defaults.')) return `Default ${fieldLabel(field.slice('defaults.'.length)).toLowerCase()}`;
  if (field === 'campaignId') return 'Campaign';
  if (field === 'eventId') return 'Event';
  if (field === 'ownerId') return 'Owner';
  const label = IMPORT_FIELD_LABELS[field as ImportField] ?? field;
  const header = Object.entries(mapping).find(([, mapped]) => mapped === field)?.[0];
  return header && header !== label ? `${label} (column “${header}”)` : label;
}

/** One sentence per problem: "Email (column “E-mail”) must be an email address". */
export function describeErrors(errors: readonly FieldError[], mapping: ImportMapping = {}): string[] {
  return errors.map(({ field, message }) => `${fieldLabel(field, mapping)} ${message}`);
}

/** What went wrong with a request, as sentences: the API's field messages when it gave any, else its message. */
export function importErrorMessages(error: unknown, mapping: ImportMapping = {}): string[] {
  const details = apiErrorOf(error)?.details ?? [];
  return details.length ? describeErrors(details, mapping) : [errorMessage(error)];
}
