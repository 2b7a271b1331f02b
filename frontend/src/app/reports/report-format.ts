import { toDay } from '../core/format/calendar-day';
import { ReportName } from './reports-api';

/** "42%" from a 0–1 rate, or an en dash when there is none (nobody to convert). */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** "3.5 days"; an en dash when nobody moved on. */
export function days(value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** "Mar 2026" from `2026-03`. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(year, number - 1, 1).toLocaleDateString('en-GB', { month: 'short', year: 'numeric' });
}

/** `pathway-funnel-2026-03-14.csv`: what the report is and when it was taken. */
export function csvFileName(name: ReportName, at: Date): string {
  return `pathway-${name}-${toDay(at)}.csv`;
}
