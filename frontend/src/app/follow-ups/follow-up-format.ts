import { FOLLOW_UP_TYPE_LABELS, FollowUpType } from '@pathway/contracts';
import { DateTimePipe } from '../core/format/date-time.pipe';

const dateTime = new DateTimePipe();
const DAY_MS = 86_400_000;

export function followUpTypeLabel(type: string): string {
  return FOLLOW_UP_TYPE_LABELS[type as FollowUpType] ?? type;
}

/** Whole calendar days from `now` to `date` in the browser's time zone: 0 today, 1 tomorrow, -1 yesterday. */
function calendarDaysBetween(now: Date, date: Date): number {
  const startOf = (moment: Date) => Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate());
  return Math.round((startOf(date) - startOf(now)) / DAY_MS);
}

/**
 * When a follow-up is due, in calendar days as people plan them ("Due tomorrow", "Due in 7 days", "Overdue by 3
 * days"), then exactly: "Due in 7 days · 2 Dec 2026, 10:00".
 */
export function dueDescription(dueAt: string, now: Date = new Date()): string {
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) {
    return '';
  }
  const days = calendarDaysBetween(now, due);
  let when: string;
  if (due.getTime() < now.getTime()) {
    when = days === 0 ? 'Overdue: due earlier today' : days === -1 ? 'Overdue: due yesterday' : `Overdue by ${-days} days`;
  } else {
    when = days === 0 ? 'Due today' : days === 1 ? 'Due tomorrow' : `Due in ${days} days`;
  }
  return `${when} · ${dateTime.transform(dueAt)}`;
}

