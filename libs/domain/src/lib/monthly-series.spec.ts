import { monthOf, monthsBetween, periodBound, periodMonths, runningTotals } from './monthly-series';

const LONDON = 'Europe/London';
const at = (iso: string) => new Date(iso);

describe('monthOf', () => {
  it.each([
    // Summer time (UTC+1): late evening UTC on the last day is already the next month in London.
    ['2026-03-31T22:59:59Z', '2026-03'],
    ['2026-03-31T23:00:00Z', '2026-04'],
    ['2026-03-31T23:30:00Z', '2026-04'],
    ['2026-09-30T23:30:00Z', '2026-10'],
    // Winter (UTC+0): midnight UTC is midnight in London.
    ['2026-01-31T23:59:59Z', '2026-01'],
    ['2026-02-01T00:00:00Z', '2026-02'],
    ['2026-12-31T23:30:00Z', '2026-12'],
    ['2027-01-01T00:00:00Z', '2027-01'],
  ])('%s is in %s in London', (instant, month) => {
    expect(monthOf(at(instant), LONDON)).toBe(month);
  });

  it('follows the time zone it is given', () => {
    expect(monthOf(at('2026-03-31T23:30:00Z'), 'UTC')).toBe('2026-03');
    expect(monthOf(at('2026-04-30T20:00:00Z'), 'Asia/Tokyo')).toBe('2026-05');
    expect(monthOf(at('2026-05-01T03:00:00Z'), 'America/New_York')).toBe('2026-04');
  });
});

describe('monthsBetween', () => {
  it('lists every month, both ends included, across years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-04', '2026-04')).toEqual(['2026-04']);
    expect(monthsBetween('2024-01', '2025-12')).toHaveLength(24);
  });

  it('is empty when the end comes first', () => {
    expect(monthsBetween('2026-05', '2026-04')).toEqual([]);
  });

  it('refuses what is not a month', () => {
    expect(() => monthsBetween('2026-13', '2027-01')).toThrow(RangeError);
    expect(() => monthsBetween('2026-00', '2027-01')).toThrow(RangeError);
    expect(() => monthsBetween('2026-01', '2026-1')).toThrow(RangeError);
  });
});

describe('runningTotals', () => {
  it('adds up as it goes', () => {
    expect(runningTotals([3, 0, 2, 0, 5])).toEqual([3, 3, 5, 5, 10]);
    expect(runningTotals([0, 0])).toEqual([0, 0]);
    expect(runningTotals([])).toEqual([]);
  });
});

describe('periodBound', () => {
  it('reads a date as whole local days: from its midnight, to the end of its day', () => {
    expect(periodBound('2026-04-01', 'from', LONDON).toISOString()).toBe('2026-03-31T23:00:00.000Z');
    expect(periodBound('2026-04-30', 'to', LONDON).toISOString()).toBe('2026-04-30T23:00:00.000Z');
    expect(periodBound('2026-01-01', 'from', LONDON).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(periodBound('2026-12-31', 'to', LONDON).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    // The day the clocks go forward is 23 hours long.
    expect(
      periodBound('2026-03-29', 'to', LONDON).getTime() - periodBound('2026-03-29', 'from', LONDON).getTime(),
    ).toBe(23 * 3_600_000);
    expect(periodBound('2026-04-01', 'from', 'UTC').toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('takes a date and time as the instant it names', () => {
    expect(periodBound('2026-04-01T00:00:00Z', 'from', LONDON).toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(periodBound('2026-04-01T10:00:00+02:00', 'to', LONDON).toISOString()).toBe('2026-04-01T08:00:00.000Z');
  });
});

describe('periodMonths', () => {
  const now = at('2026-11-25T10:00:00Z');

  it('runs from the month of `from` to the month of the last instant before `to`', () => {
    expect(
      periodMonths({ from: at('2026-01-15T00:00:00Z'), to: at('2026-04-01T00:00:00Z'), now, timeZone: 'UTC' }),
    ).toEqual(['2026-01', '2026-02', '2026-03']);
    // The end of April in London is 23:00 UTC on 30 April.
    expect(
      periodMonths({ from: at('2026-03-31T23:00:00Z'), to: at('2026-04-30T23:00:00Z'), now, timeZone: LONDON }),
    ).toEqual(['2026-04']);
    expect(
      periodMonths({ from: at('2026-03-31T23:00:00Z'), to: at('2026-04-30T23:00:01Z'), now, timeZone: LONDON }),
    ).toEqual(['2026-04', '2026-05']);
  });

  it('counts `to` in the time zone: midnight UTC on 1 June is 01:00 in London, so June has begun', () => {
    expect(
      periodMonths({ from: at('2026-05-01T00:00:00Z'), to: at('2026-06-01T00:00:00Z'), now, timeZone: LONDON }),
    ).toEqual(['2026-05', '2026-06']);
    expect(
      periodMonths({ from: at('2026-05-01T00:00:00Z'), to: at('2026-06-01T00:00:00Z'), now, timeZone: 'UTC' }),
    ).toEqual(['2026-05']);
  });

  it('ignores data and the clock when both ends are given', () => {
    expect(
      periodMonths({
        from: at('2026-02-01T00:00:00Z'),
        to: at('2026-03-01T00:00:00Z'),
        earliest: at('2025-01-01T00:00:00Z'),
        latest: at('2027-01-01T00:00:00Z'),
        now,
        timeZone: LONDON,
      }),
    ).toEqual(['2026-02']);
  });

  it('starts at the first month with data when there is no `from`, and is empty without data', () => {
    expect(
      periodMonths({
        to: at('2026-05-31T23:00:00Z'),
        earliest: at('2026-03-31T23:30:00Z'),
        latest: at('2026-04-02T00:00:00Z'),
        now,
        timeZone: LONDON,
      }),
    ).toEqual(['2026-04', '2026-05']);
    expect(periodMonths({ to: at('2026-06-01T00:00:00Z'), now, timeZone: LONDON })).toEqual([]);
    expect(periodMonths({ now, timeZone: LONDON })).toEqual([]);
  });

  it('runs to the current month when there is no `to`, or further when data lie beyond it', () => {
    expect(periodMonths({ from: at('2026-09-10T00:00:00Z'), now, timeZone: LONDON })).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(
      periodMonths({ earliest: at('2026-10-01T00:00:00Z'), latest: at('2026-10-05T00:00:00Z'), now, timeZone: LONDON }),
    ).toEqual(['2026-10', '2026-11']);
    expect(
      periodMonths({ earliest: at('2026-11-01T00:00:00Z'), latest: at('2027-01-05T00:00:00Z'), now, timeZone: LONDON }),
    ).toEqual(['2026-11', '2026-12', '2027-01']);
    // A `from` after today still gives its own month.
    expect(periodMonths({ from: at('2027-02-01T00:00:00Z'), now, timeZone: LONDON })).toEqual(['2027-02']);
  });

  it('is empty when `to` is not after `from`', () => {
    expect(
      periodMonths({ from: at('2026-05-01T00:00:00Z'), to: at('2026-04-01T00:00:00Z'), now, timeZone: 'UTC' }),
    ).toEqual([]);
  });
});
