import { formatDate } from './date.pipe';

describe('formatDate', () => {
  it('shows a calendar day as that day, whatever the time zone', () => {
    expect(formatDate('2008-04-01')).toBe('1 Apr 2008');
  });

  it('shows a time as its local date and leaves missing values to the caller', () => {
    expect(formatDate(new Date(2026, 0, 5, 14, 3).toISOString())).toBe('5 Jan 2026');
    expect(formatDate(null, 'Not recorded')).toBe('Not recorded');
    expect(formatDate('not a date', '—')).toBe('—');
  });
});
