import { Pipe, PipeTransform } from '@angular/core';

/** "5 Jan 2026, 14:03" in the browser's time zone; British English like the rest of Pathway. */
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(value: string | null | undefined, whenMissing = ''): string {
  if (!value) {
    return whenMissing;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? whenMissing : DATE_TIME.format(date);
}

@Pipe({ name: 'pwDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, whenMissing = ''): string {
    return formatDateTime(value, whenMissing);
  }
}
