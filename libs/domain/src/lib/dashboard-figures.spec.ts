import { dayIn, monthlyTotals, monthWindows, overallRetention, rate, startOfYearIn, windowsOfMonths } from './dashboard-figures';

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

describe('monthWindows', () => {
  it('answers the last twelve months, oldest first, ending with the current one', () => {
    const windows = monthWindows(new Date('2026-11-25T07:30:00Z'), 'Europe/London');
    expect(windows).toHaveLength(12);
    expect(windows[0].month).toBe('2025-12');
    expect(windows[11].month).toBe('2026-11');
    expect(windows[11].from.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(windows[11].to.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('starts months at local midnight (British Summer Time is an hour ahead of UTC)', () => {
    const windows = monthWindows(new Date('2026-07-31T23:30:00Z'), 'Europe/London', 2);
    // 00:30 on 1 August in London: August is the current month.
    expect(windows.map((window) => window.month)).toEqual(['2026-07', '2026-08']);
    expect(windows[1].from.toISOString()).toBe('2026-07-31T23:00:00.000Z');
    expect(windows[0].from.toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });

  it('follows another time zone', () => {
    const [window] = monthWindows(new Date('2026-01-01T03:00:00Z'), 'America/New_York', 1);
    expect(window.month).toBe('2025-12');
    expect(window.from.toISOString()).toBe('2025-12-01T05:00:00.000Z');
  });
});

describe('startOfYearIn', () => {
  it('is 1 January at local midnight', () => {
    expect(startOfYearIn(new Date('2026-06-01T12:00:00Z'), 'Europe/London').toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(startOfYearIn(new Date('2026-01-01T02:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2025-01-01T05:00:00.000Z',
    );
  });
});

describe('dayIn', () => {
  it('is the local calendar day', () => {
    expect(dayIn(new Date('2026-07-31T23:30:00Z'), 'Europe/London')).toBe('2026-08-01');
    expect(dayIn(new Date('2026-12-31T23:30:00Z'), 'Europe/London')).toBe('2026-12-31');
  });
});

describe('monthlyTotals', () => {
  const windows = monthWindows(new Date('2026-03-15T12:00:00Z'), 'Europe/London', 3);

  it('counts items per month, and sums values when given', () => {
    const items = [
      { at: new Date('2026-01-01T00:00:00Z') },
      { at: new Date('2026-01-31T23:59:59Z') },
      { at: new Date('2026-03-01T00:00:00Z') },
    ];
    expect(monthlyTotals(items, windows)).toEqual([
      { month: '2026-01', value: 2 },
      { month: '2026-02', value: 0 },
      { month: '2026-03', value: 1 },
    ]);
    expect(
      monthlyTotals(
        [
          { at: new Date('2026-02-10T00:00:00Z'), value: 40 },
          { at: new Date('2026-02-11T00:00:00Z'), value: 2 },
        ],
        windows,
      )[1].value,
    ).toBe(42);
  });

  it('ignores items outside the months', () => {
    expect(
      monthlyTotals([{ at: new Date('2025-12-31T23:59:59Z') }, { at: new Date('2026-04-01T00:00:00Z') }], windows).map(
        (total) => total.value,
      ),
    ).toEqual([0, 0, 0]);
  });
});

describe('rate', () => {
  it('is a 0–1 rate to three decimals', () => {
    expect(rate(1, 3)).toBe(0.333);
    expect(rate(2, 3)).toBe(0.667);
    expect(rate(0, 4)).toBe(0);
  });

  it('is null with nothing to divide by, and never above 1', () => {
    expect(rate(3, 0)).toBeNull();
    expect(rate(5, 4)).toBe(1);
  });
});

describe('overallRetention', () => {
  it('adds up the shown groups only', () => {
    const rows = [
      { enrolled: shown(10), byStatus: { active: shown(7), completed: shown(1) } },
      { enrolled: shown(5), byStatus: { active: shown(2), completed: shown(0) } },
      { enrolled: hidden, byStatus: { active: hidden, completed: hidden } },
    ];
    expect(overallRetention(rows)).toBe(0.667);
  });

  it('is null when every group is hidden or there are none', () => {
    expect(overallRetention([{ enrolled: hidden, byStatus: { active: hidden, completed: hidden } }])).toBeNull();
    expect(overallRetention([])).toBeNull();
  });
});

describe('windowsOfMonths', () => {
  it('gives each month as instants in the time zone, across a change of clocks and of year', () => {
    const [march, december] = windowsOfMonths(['2026-03', '2026-12'], 'Europe/London');
    expect(march).toEqual({ month: '2026-03', from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T23:00:00Z') });
    expect(december).toEqual({ month: '2026-12', from: new Date('2026-12-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
    expect(windowsOfMonths(['2026-07'], 'Europe/London')[0].from).toEqual(new Date('2026-06-30T23:00:00Z'));
  });
});
