import { TZDate } from '@date-fns/tz';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The calendar month (`YYYY-MM`) an instant falls in, in a time zone. */
export function monthOf(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last` (`YYYY-MM`), both included; empty when `last` is before `first`. */
export function monthsBetween(first: string, last: string): string[] {
  const start = parseMonth(first);
  const end = parseMonth(last);
  const months: string[] = [];
  for (let index = start; index <= end; index++) {
    months.push(`${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** Running totals: element i is the sum of `values[0..i]`. */
export function runningTotals(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

/**
 * Turns a report's `from`/`to` into an instant. A date (`YYYY-MM-DD`) means whole days in the time zone: `from` starts
 * at its local midnight, and `to` includes its whole day (the instant returned is the next local midnight, exclusive).
 * A date and time is the instant it names (`to` exclusive).
 */
export function periodBound(value: string, edge: 'from' | 'to', timeZone: string): Date {
  const day = DATE_ONLY.exec(value);
  if (!day) return new Date(value);
  const [year, month, date] = [Number(day[1]), Number(day[2]) - 1, Number(day[3])];
  const midnight = new TZDate(year, month, edge === 'from' ? date : date + 1, timeZone);
  return new Date(midnight.getTime());
}

export interface PeriodMonthsOptions {
  /** Start of the period (inclusive), when given. */
  from?: Date;
  /** End of the period (exclusive), when given. */
  to?: Date;
  /** The first and last instants with data, when there are any. */
  earliest?: Date;
  latest?: Date;
  now: Date;
  timeZone: string;
}

/**
 * The months a monthly report covers, oldest first. It starts at the month of `from`, else at the first month with
 * data (nothing at all when there is neither); it ends at the month of the last instant before `to`, else at the
 * current month, or later when data lie beyond it.
 */
export function periodMonths(options: PeriodMonthsOptions): string[] {
  const { from, to, earliest, latest, now, timeZone } = options;
  const startInstant = from ?? earliest;
  if (!startInstant) return [];
  const first = monthOf(startInstant, timeZone);
  if (to) return monthsBetween(first, monthOf(new Date(to.getTime() - 1), timeZone));
  const candidates = [first, monthOf(now, timeZone), ...(latest ? [monthOf(latest, timeZone)] : [])];
  return monthsBetween(first, candidates.sort().at(-1) as string);
}

/** Months since year 0, so months can be counted and compared. */
function parseMonth(month: string): number {
  const match = MONTH.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new RangeError(`not a month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}
