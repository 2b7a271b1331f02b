import { ApplicantImportDefaults, FieldError, ImportField } from '@pathway/contracts';
import { importBoolean, importDate, importList } from '@pathway/domain';
import { PlannedApplicant } from '../applicants/applicant-writer';
import { CreateApplicantDto } from '../applicants/dto/create-applicant.dto';
import { quickApplicantInput } from './applicant-input-check';
import { cellsOf } from './import-mapping-check';
import { CsvLine } from './csv-file';
import { validatePlain } from './validate-plain';

export type ApplicantInput = Partial<CreateApplicantDto> & Pick<CreateApplicantDto, 'firstName' | 'lastName'>;

/** An attendee's registration as the file gives it: when they booked, and whether (or when) they came. */
export interface Registration {
  registeredAt: Date | null;
  /** A time when the file gives one, `true` for a plain "yes". */
  checkedIn: Date | boolean;
}

export interface ApplicantRow {
  input: ApplicantInput;
  registration: Registration;
  /** The new person this row would be, when worked out ahead of its batch. */
  planned?: PlannedApplicant;
}

export interface CheckedLine<T> {
  line: CsvLine;
  row: T | null;
  errors: FieldError[];
}

const REGISTRATION_FIELDS: readonly ImportField[] = ['registeredAt', 'checkedIn'];

/** A cell as the create request would carry it: dates to ISO, yes/no to booleans, lists split. */
function cellValue(field: ImportField, cell: string): unknown {
  switch (field) {
    case 'dateOfBirth':
    case 'firstContactAt':
      return importDate(cell);
    case 'consentToContact':
      return importBoolean(cell) ?? cell;
    case 'professionsOfInterest':
    case 'tags':
      return importList(cell);
    default:
      return cell;
  }
}

/** A date ("01/04/2026", "2026-04-01") or a date and time ("2026-04-01T18:30:00Z", "2026-04-01 18:30"), else null. */
function importInstant(cell: string): Date | null {
  const text = importDate(cell);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00` : text.replace(' ', 'T');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function readRegistration(cells: Map<ImportField, string>, errors: FieldError[]): Registration {
  const registered = cells.get('registeredAt');
  const registeredAt = registered ? importInstant(registered) : null;
  if (registered && !registeredAt)
    errors.push({ field: 'registeredAt', message: 'must be a date, or a date and time' });
  const checked = cells.get('checkedIn');
  let checkedIn: Date | boolean = false;
  if (checked) {
    const answer = importBoolean(checked);
    const time = answer === null ? importInstant(checked) : null;
    if (answer === null && !time)
      errors.push({ field: 'checkedIn', message: 'must be yes or no, or the time they arrived' });
    checkedIn = answer ?? time ?? false;
  }
  return { registeredAt, checkedIn };
}

/**
 * Turns each line into a create request and validates it with the same DTO and rules as `POST /applicants`
 * (unknown profession codes included), so an import accepts exactly what the form accepts. Attendee imports also
 * read each line's registration.
 */
export function applicantLineCheck(
  columns: Map<number, ImportField>,
  defaults: ApplicantImportDefaults,
  professionCodes: Set<string>,
): (line: CsvLine) => CheckedLine<ApplicantRow> {
  return (line) => {
    const cells = cellsOf(line.values, columns);
    const plain: Record<string, unknown> = {};
    for (const [field, cell] of cells) if (!REGISTRATION_FIELDS.includes(field)) plain[field] = cellValue(field, cell);
    for (const [field, value] of Object.entries(defaults)) {
      if (plain[field] === undefined && value !== undefined && value !== null) plain[field] = value;
    }
    plain['source'] ??= 'import';
    const quick = quickApplicantInput(plain);
    const { value: input, errors } = quick
      ? { value: quick, errors: [] as FieldError[] }
      : validatePlain(CreateApplicantDto, plain);
    const unknown = (input.professionsOfInterest ?? []).filter((code) => !professionCodes.has(code));
    if (!errors.some((error) => error.field === 'professionsOfInterest') && unknown.length) {
      errors.push({ field: 'professionsOfInterest', message: `has unknown professions: ${unknown.join(', ')}` });
    }
    const registration = readRegistration(cells, errors);
    return { line, row: errors.length ? null : { input, registration }, errors };
  };
}
