import { Pipe, PipeTransform } from '@angular/core';

/** "5 Jan 2026" in the browser's time zone. Date-only values (`YYYY-MM-DD`) are shown as that calendar day. */
const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDate(value: string | null | undefined, whenMissing = ''): string {
  if (!value) {
    return whenMissing;
  }
  const day = DAY.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? whenMissing : DATE.format(date);
}

@Pipe({ name: 'pwDate' })
export class DatePipe implements PipeTransform {
  transform(value: string | null | undefined, whenMissing = ''): string {
    return formatDate(value, whenMissing);
  }
}
