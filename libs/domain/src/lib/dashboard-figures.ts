import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth, startOfYear } from 'date-fns';

/** One calendar month in a time zone, as the UTC instants `[from, to)`. */
export interface MonthWindow {
  /** `YYYY-MM` in the time zone. */
  month: string;
  from: Date;
  to: Date;
}

/** The last `count` calendar months in a time zone, oldest first, the last one being the month `now` falls in. */
export function monthWindows(now: Date, timeZone: string, count = 12): MonthWindow[] {
  const current = startOfMonth(new TZDate(now.getTime(), timeZone));
  return Array.from({ length: count }, (_, index) => {
    const start = addMonths(current, index - count + 1);
    return {
      month: format(start, 'yyyy-MM'),
      from: new Date(start.getTime()),
      to: new Date(addMonths(start, 1).getTime()),
    };
  });
}

/** The windows of the given `YYYY-MM` months in a time zone, in the order given. */
export function windowsOfMonths(months: readonly string[], timeZone: string): MonthWindow[] {
  return months.map((month) => {
    const start = new TZDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1, timeZone);
    return { month, from: new Date(start.getTime()), to: new Date(addMonths(start, 1).getTime()) };
  });
}

/** Midnight on 1 January of the year `now` falls in, in a time zone. */
export function startOfYearIn(now: Date, timeZone: string): Date {
  return new Date(startOfYear(new TZDate(now.getTime(), timeZone)).getTime());
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function dayIn(at: Date, timeZone: string): string {
  return format(new TZDate(at.getTime(), timeZone), 'yyyy-MM-dd');
}

/**
 * Adds up values into the months they fall in (an instant on a month boundary belongs to the month it starts);
 * anything outside the windows is ignored. Answers one total per window, in the windows' order.
 */
export function monthlyTotals(
  items: readonly { at: Date; value?: number }[],
  windows: readonly MonthWindow[],
): { month: string; value: number }[] {
  const totals = windows.map((window) => ({ month: window.month, value: 0 }));
  for (const item of items) {
    const index = windows.findIndex(
      (window) => item.at.getTime() >= window.from.getTime() && item.at.getTime() < window.to.getTime(),
    );
    if (index >= 0) totals[index].value += item.value ?? 1;
  }
  return totals;
}

/** part / whole as a 0–1 rate to three decimals, at most 1; null when the whole is nothing. */
export function rate(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round(Math.min(1, part / whole) * 1000) / 1000;
}

/** A figure that may be hidden because its group is small (see `suppress`). */
interface MaybeShown {
  value: number | null;
  suppressed: boolean;
}

/**
 * Overall retention from the per-cohort rows of the retention report, using only the rows that are shown: hidden
 * (small) groups are left out rather than recovered, so the dashboard reveals nothing the report hides.
 * Null when no row is shown.
 */
export function overallRetention(
  rows: readonly { enrolled: MaybeShown; byStatus: { active: MaybeShown; completed: MaybeShown } }[],
): number | null {
  let enrolled = 0;
  let retained = 0;
  for (const row of rows) {
    if (row.enrolled.suppressed || row.enrolled.value === null) continue;
    enrolled += row.enrolled.value;
    retained += (row.byStatus.active.value ?? 0) + (row.byStatus.completed.value ?? 0);
  }
  return rate(retained, enrolled);
}
