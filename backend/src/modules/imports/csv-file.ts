import { parse } from 'csv-parse/sync';
import { IMPORT_MAX_ROWS } from '@pathway/contracts';
import { AppError } from '../../common/errors/app-error';

export interface CsvLine {
  /** The line's number as a spreadsheet shows it: the header is row 1, blank lines count. */
  row: number;
  values: string[];
}

export interface CsvFile {
  header: string[];
  lines: CsvLine[];
}

/**
 * Reads an uploaded CSV with csv-parse: UTF-8 with or without a BOM, CRLF or LF, quoted fields holding commas,
 * quotes and line breaks. Blank lines are skipped (but keep their row numbers); short lines are padded.
 */
export function readCsv(content: Buffer): CsvFile {
  let records: string[][];
  try {
    records = parse(content, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      encoding: 'utf8',
    }) as string[][];
  } catch (error) {
    throw AppError.field(
      'file',
      `is not a readable CSV file (${error instanceof Error ? error.message : 'unknown problem'})`,
    );
  }
  const [header, ...rest] = records;
  if (!header || header.every((cell) => !cell.trim())) throw AppError.field('file', 'has no header row');
  const names = header.map((cell) => cell.trim());
  const lines: CsvLine[] = [];
  rest.forEach((values, index) => {
    if (values.every((cell) => !cell.trim())) return;
    lines.push({ row: index + 2, values: names.map((_, column) => values[column] ?? '') });
  });
  if (lines.length > IMPORT_MAX_ROWS)
    throw AppError.field(
      'file',
      `has ${lines.length.toLocaleString('en-GB')} rows; at most ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} can be imported at once`,
    );
  return { header: names, lines };
}
