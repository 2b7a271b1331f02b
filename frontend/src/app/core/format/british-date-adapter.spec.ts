import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { provideBritishDates } from './british-date-adapter';

describe('BritishDateAdapter', () => {
  let adapter: DateAdapter<Date>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideBritishDates()] });
    adapter = TestBed.inject(DateAdapter);
  });

  it('reads day first', () => {
    const date = adapter.parse('01/02/2026', null);
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 1, 1]);
  });

  it('rejects days that do not exist', () => {
    expect(adapter.isValid(adapter.parse('31/02/2026', null) as Date)).toBe(false);
  });

  it('formats day first', () => {
    expect(adapter.format(new Date(2026, 1, 1), { day: '2-digit', month: '2-digit', year: 'numeric' })).toBe(
      '01/02/2026',
    );
  });

  it('leaves empty input empty', () => {
    expect(adapter.parse('', null)).toBeNull();
  });
});
