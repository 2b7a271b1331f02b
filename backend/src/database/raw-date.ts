/** Raw times come back as text on SQLite (UTC, no zone) and as Date on PostgreSQL. */
export function rawDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
