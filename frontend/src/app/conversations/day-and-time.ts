/** A time of day as people type it into a time field: "09:05", "14:30". */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** A day (from a date picker) and a time of day ("14:30") as one local moment; `null` until both are complete. */
export function combineDayAndTime(day: Date | null | undefined, time: string | null | undefined): Date | null {
  if (!day || Number.isNaN(day.getTime()) || !time || !TIME_OF_DAY.test(time)) {
    return null;
  }
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

/** The local calendar day of a moment, at midnight (what a date picker holds). */
export function dayOf(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** The local time of day of a moment, "14:30". */
export function timeOf(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
