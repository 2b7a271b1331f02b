import { relativeTime } from './relative-time.pipe';

describe('relativeTime', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it.each([
    ['2026-03-10T11:59:40Z', 'just now'],
    ['2026-03-10T11:15:00Z', '45 minutes ago'],
    ['2026-03-09T12:00:00Z', 'yesterday'],
    ['2026-03-07T12:00:00Z', '3 days ago'],
    ['2026-02-20T12:00:00Z', '2 weeks ago'],
    ['2025-03-01T12:00:00Z', 'last year'],
    ['2026-03-10T14:00:00Z', 'in 2 hours'],
  ])('%s is %s', (value, expected) => {
    expect(relativeTime(value, now)).toBe(expected);
  });

  it('is empty for something that is not a time', () => {
    expect(relativeTime('soon', now)).toBe('');
  });
});
