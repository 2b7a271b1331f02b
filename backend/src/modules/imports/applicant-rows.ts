import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  APPLICANT_IMPORT_FIELDS,
  ApplicantImportDefaults,
  ApplicantImportField,
  FieldError,
  ImportMapping,
} from '@pathway/contracts';
import { importBoolean, importDate, importList } from '@pathway/domain';
import { AppError } from '../../common/errors/app-error';
import { toFieldErrors } from '../../common/errors/validation';
import { CreateApplicantDto } from '../applicants/dto/create-applicant.dto';
import { CsvFile, CsvLine } from './csv-file';

export type ApplicantInput = Partial<CreateApplicantDto> & Pick<CreateApplicantDto, 'firstName' | 'lastName'>;

export interface CheckedLine {
  line: CsvLine;
  input: ApplicantInput | null;
  errors: FieldError[];
}

/** Checks the mapping against the file: known fields, headers that exist, each field once, both names mapped. */
export function checkMapping(file: CsvFile, mapping: ImportMapping): Map<number, ApplicantImportField> {
  const problems: FieldError[] = [];
  const columns = new Map<number, ApplicantImportField>();
  const used = new Set<ApplicantImportField>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field === null) continue;
    const column = file.header.indexOf(header.trim());
    if (!(APPLICANT_IMPORT_FIELDS as readonly string[]).includes(field))
      problems.push({ field: `mapping.${header}`, message: `must be one of ${APPLICANT_IMPORT_FIELDS.join(', ')}` });
    else if (column < 0) problems.push({ field: `mapping.${header}`, message: 'is not a column of the file' });
    else if (used.has(field)) problems.push({ field: `mapping.${header}`, message: `maps ${field} a second time` });
    else {
      used.add(field);
      columns.set(column, field);
    }
  }
  for (const required of ['firstName', 'lastName'] as const) {
    if (!used.has(required)) problems.push({ field: 'mapping', message: `must map a column to ${required}` });
  }
  if (problems.length) throw AppError.validation(problems, 'The column mapping does not fit the file');
  return columns;
}

/** A cell as the create request would carry it: dates to ISO, yes/no to booleans, lists split. */
function cellValue(field: ApplicantImportField, cell: string): unknown {
  switch (field) {
    case 'dateOfBirth':
      return importDate(cell);
    case 'firstContactAt':
      return importDate(cell);
    case 'consentToContact':
      return importBoolean(cell) ?? cell;
    case 'professionsOfInterest':
      return importList(cell);
    case 'tags':
      return importList(cell);
    default:
      return cell;
  }
}

/**
 * Turns each line into a create request and validates it with the same DTO and rules as `POST /applicants`
 * (unknown profession codes included), so an import accepts exactly what the form accepts.
 */
export function checkLines(
  file: CsvFile,
  columns: Map<number, ApplicantImportField>,
  defaults: ApplicantImportDefaults,
  professionCodes: Set<string>,
): CheckedLine[] {
  return file.lines.map((line) => {
    const plain: Record<string, unknown> = {};
    for (const [column, field] of columns) {
      const cell = line.values[column]?.trim() ?? '';
      if (cell) plain[field] = cellValue(field, cell);
    }
    for (const [field, value] of Object.entries(defaults)) {
      if (plain[field] === undefined && value !== undefined && value !== null) plain[field] = value;
    }
    plain['source'] ??= 'import';
    const input = plainToInstance(CreateApplicantDto, plain);
    const errors = toFieldErrors(
      validateSync(input, {
        whitelist: true,
        forbidNonWhitelisted: true,
        stopAtFirstError: true,
        validationError: { target: false, value: false },
      }),
    );
    const unknown = (input.professionsOfInterest ?? []).filter((code) => !professionCodes.has(code));
    if (!errors.some((error) => error.field === 'professionsOfInterest') && unknown.length) {
      errors.push({ field: 'professionsOfInterest', message: `has unknown professions: ${unknown.join(', ')}` });
    }
    return { line, input: errors.length ? null : input, errors };
  });
}
