import { Injectable, Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_LOCALE, NativeDateAdapter, provideNativeDateAdapter } from '@angular/material/core';

/** Day first, as people in the UK type dates: "25/12/2026" or "25-12-2026". */
const DAY_MONTH_YEAR = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** The native adapter parses with `Date.parse`, which reads "01/02/2026" as 2 January; this one reads 1 February. */
@Injectable()
export class BritishDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const match = DAY_MONTH_YEAR.exec(value);
      if (match) {
        const [, day, month, year] = match.map(Number);
        const date = new Date(year, month - 1, day);
        return date.getMonth() === month - 1 ? date : this.invalid();
      }
    }
    return super.parse(value, parseFormat);
  }
}

export function provideBritishDates(): Provider[] {
  return [
    provideNativeDateAdapter(),
    { provide: DateAdapter, useClass: BritishDateAdapter },
    { provide: MAT_DATE_LOCALE, useValue: 'en-GB' },
  ];
}
