const DAY_PARTS = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * "Sat 30 Jan 2027", in British English and the browser's time zone. Built from parts because browsers differ on
 * the punctuation ("Sat, 30 Jan 2027" in some).
 */
const DAY = {
  format: (date: Date) =>
    DAY_PARTS.formatToParts(date)
      .filter((part) => part.type !== 'literal')
      .map((part) => part.value)
      .join(' '),
};

/**
 * When something happens, for people to read: "Sat 30 Jan 2027, 12:15–14:15" on one day, or
 * "Sat 30 Jan 2027, 12:15 – Sun 31 Jan 2027, 16:00" across days. Empty when the start is not a time.
 */
export function formatTimeRange(startsAt: string, endsAt: string | null = null): string {
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) {
    return '';
  }
  const end = endsAt ? new Date(endsAt) : null;
  const from = `${DAY.format(start)}, ${TIME.format(start)}`;
  if (!end || Number.isNaN(end.getTime()) || end.getTime() === start.getTime()) {
    return from;
  }
  return DAY.format(end) === DAY.format(start)
    ? `${from}–${TIME.format(end)}`
    : `${from} – ${DAY.format(end)}, ${TIME.format(end)}`;
}

/** "Sat 30 Jan 2027" alone, for a compact list. */
export function formatDay(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : DAY.format(date);
}

/** "12:15" alone. */
export function formatTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : TIME.format(date);
}
