import { TZDate } from '@date-fns/tz';
import { addDays, addWeeks, startOfDay, startOfWeek } from 'date-fns';
import { DueBucket } from '@pathway/contracts';

export interface DueBoundaries {
  now: Date;
  /** Midnight at the start of tomorrow, in the given time zone. */
  startOfTomorrow: Date;
  /** Midnight at the start of next Monday (weeks start on Monday). */
  startOfNextWeek: Date;
  startOfToday: Date;
}

/** Day and week boundaries for "today" and "this week" in a time zone (Europe/London by default), as UTC instants. */
export function dueBoundaries(now: Date, timeZone: string): DueBoundaries {
  const local = new TZDate(now.getTime(), timeZone);
  const today = startOfDay(local);
  return {
    now,
    startOfToday: new Date(today.getTime()),
    startOfTomorrow: new Date(startOfDay(addDays(today, 1)).getTime()),
    startOfNextWeek: new Date(addWeeks(startOfWeek(today, { weekStartsOn: 1 }), 1).getTime()),
  };
}

/**
 * Where an open follow-up falls: overdue once its time has passed; today until midnight; this week until the end of
 * Sunday (on a Sunday, "this week" is empty); later after that.
 */
export function dueBucket(dueAt: Date, boundaries: DueBoundaries): DueBucket {
  if (dueAt.getTime() < boundaries.now.getTime()) return 'overdue';
  if (dueAt.getTime() < boundaries.startOfTomorrow.getTime()) return 'today';
  if (dueAt.getTime() < boundaries.startOfNextWeek.getTime()) return 'week';
  return 'later';
}

/** The instant range `[from, to)` of a bucket, for querying. */
export function bucketRange(bucket: DueBucket, boundaries: DueBoundaries): { from?: Date; to?: Date } {
  switch (bucket) {
    case 'overdue':
      return { to: boundaries.now };
    case 'today':
      return { from: boundaries.now, to: boundaries.startOfTomorrow };
    case 'week':
      return { from: boundaries.startOfTomorrow, to: boundaries.startOfNextWeek };
    case 'later':
      return { from: boundaries.startOfNextWeek };
  }
}
