/** Calendar days (`YYYY-MM-DD`) in the browser's time zone, as date-only API fields and date filters use them. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDay(value: string): boolean {
  return DAY.test(value);
}

/** Local midnight at the start of `day` plus `addDays`. */
export function startOfDay(day: string, addDays = 0): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + addDays);
}

export function toDay(date: Date | null): string {
  if (!date) {
    return '';
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
