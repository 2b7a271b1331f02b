import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

/** Sends rows as a CSV download (UTF-8 with BOM, so spreadsheet programs read accents right). */
export function sendCsv(response: Response, fileName: string, header: string[], rows: CsvCell[][]): string {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`);
  return `\uFEFF${stringify([header, ...rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell)))])}`;
}

/** A suppressed figure in a CSV: the number, or "<5" when it is hidden. */
export function csvValue(figure: { value: number | null; suppressed: boolean }): CsvCell {
  return figure.suppressed ? '<5' : figure.value;
}
