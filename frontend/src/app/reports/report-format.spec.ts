import { csvFileName, days, monthLabel, percent } from './report-format';

describe('report formatting', () => {
  it('shows rates as whole percentages, and a dash when there is nothing to convert', () => {
    expect(percent(0.4267)).toBe('43%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
    expect(percent(null)).toBe('–');
  });

  it('shows median days to one decimal place', () => {
    expect(days(3.46)).toBe('3.5 days');
    expect(days(1)).toBe('1 day');
    expect(days(null)).toBe('–');
  });

  it('names months and CSV files for people', () => {
    expect(monthLabel('2026-03')).toBe('Mar 2026');
    expect(csvFileName('serious-conversations', new Date(2026, 2, 14, 9))).toBe(
      'pathway-serious-conversations-2026-03-14.csv',
    );
  });
});
