import { ApplicantExportDto } from '@pathway/contracts';
import { CsvCell } from '../../common/http/csv';

type Row = Record<string, unknown>;

/** A subject access export as one long CSV: a line per field of each item, so every section fits one sheet. */
export function exportRows(data: ApplicantExportDto): CsvCell[][] {
  const lines: CsvCell[][] = [];
  const add = (section: string, item: number, row: Row) => {
    for (const [field, value] of Object.entries(row)) lines.push([section, item, field, cell(value)]);
  };
  add('person', 1, data.person);
  add('consent', 1, data.consent);
  data.professionsOfInterest.forEach((code, index) =>
    lines.push(['professions of interest', index + 1, 'profession', code]),
  );
  data.tags.forEach((tag, index) => lines.push(['tags', index + 1, 'tag', tag]));
  const sections: [string, Row[]][] = [
    ['stage history', data.stageHistory],
    ['conversations', data.conversations],
    ['follow-ups', data.followUps],
    ['events', data.events],
    ['history', data.history],
  ];
  for (const [section, rows] of sections) rows.forEach((row, index) => add(section, index + 1, row));
  return lines;
}

function cell(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join('; ');
  return typeof value === 'object' ? JSON.stringify(value) : (value as CsvCell);
}
