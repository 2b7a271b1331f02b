import {
  FieldError,
  IMPORT_FIELDS,
  IMPORT_REQUIRED_FIELDS,
  ImportField,
  ImportKind,
  ImportMapping,
} from '@pathway/contracts';
import { AppError } from '../../common/errors/app-error';
import { CsvFile } from './csv-file';

/**
 * Checks a mapping against the file and the kind of import: known fields, headers that exist, each field once, and
 * every required field mapped (or given by the import's defaults). Answers the field of each mapped column.
 */
export function checkMapping(
  file: CsvFile,
  mapping: ImportMapping,
  kind: ImportKind,
  defaults: object,
): Map<number, ImportField> {
  const fields = IMPORT_FIELDS[kind];
  const problems: FieldError[] = [];
  const columns = new Map<number, ImportField>();
  const used = new Set<ImportField>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field === null) continue;
    const column = file.header.indexOf(header.trim());
    if (!fields.includes(field))
      problems.push({ field: `mapping.${header}`, message: `must be one of ${fields.join(', ')}` });
    else if (column < 0) problems.push({ field: `mapping.${header}`, message: 'is not a column of the file' });
    else if (used.has(field)) problems.push({ field: `mapping.${header}`, message: `maps ${field} a second time` });
    else {
      used.add(field);
      columns.set(column, field);
    }
  }
  const given = new Set(
    Object.entries(defaults)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key]) => key),
  );
  for (const required of IMPORT_REQUIRED_FIELDS[kind]) {
    if (!used.has(required) && !given.has(required))
      problems.push({ field: 'mapping', message: `must map a column to ${required}` });
  }
  if (problems.length) throw AppError.validation(problems, 'The column mapping does not fit the file');
  return columns;
}

/** The cells of a line by field, trimmed; empty cells are left out. */
export function cellsOf(values: string[], columns: Map<number, ImportField>): Map<ImportField, string> {
  const cells = new Map<ImportField, string>();
  for (const [column, field] of columns) {
    const cell = values[column]?.trim() ?? '';
    if (cell) cells.set(field, cell);
  }
  return cells;
}
