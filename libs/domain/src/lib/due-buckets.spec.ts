import { bucketRange, dueBoundaries, dueBucket } from './due-buckets';

describe('due buckets in Europe/London', () => {
  // Wednesday 25 November 2026, 10:00 GMT (UTC+0 in winter).
  const now = new Date('2026-11-25T10:00:00Z');
  const b = dueBoundaries(now, 'Europe/London');

  it('finds midnight tomorrow and next Monday', () => {
    expect(b.startOfToday.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(b.startOfTomorrow.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(b.startOfNextWeek.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it.each([
    ['2026-11-25T09:59:00Z', 'overdue'],
    ['2026-11-20T09:00:00Z', 'overdue'],
    ['2026-11-25T10:00:00Z', 'today'],
    ['2026-11-25T23:59:00Z', 'today'],
    ['2026-11-26T00:00:00Z', 'week'],
    ['2026-11-29T23:59:00Z', 'week'],
    ['2026-11-30T00:00:00Z', 'later'],
  ])('%s is %s', (due, bucket) => {
    expect(dueBucket(new Date(due), b)).toBe(bucket);
  });

  it('uses local midnight in summer time (UTC+1)', () => {
    const summer = dueBoundaries(new Date('2026-07-01T23:30:00Z'), 'Europe/London');
    // 00:30 on Thursday 2 July in London.
    expect(summer.startOfToday.toISOString()).toBe('2026-07-01T23:00:00.000Z');
    expect(summer.startOfTomorrow.toISOString()).toBe('2026-07-02T23:00:00.000Z');
    expect(summer.startOfNextWeek.toISOString()).toBe('2026-07-05T23:00:00.000Z');
  });

  it('has an empty "this week" on a Sunday', () => {
    const sunday = dueBoundaries(new Date('2026-11-29T12:00:00Z'), 'Europe/London');
    expect(sunday.startOfTomorrow.toISOString()).toBe(sunday.startOfNextWeek.toISOString());
  });

  it('gives query ranges that match the buckets', () => {
    expect(bucketRange('overdue', b)).toEqual({ to: now });
    expect(bucketRange('today', b)).toEqual({ from: now, to: b.startOfTomorrow });
    expect(bucketRange('week', b)).toEqual({ from: b.startOfTomorrow, to: b.startOfNextWeek });
    expect(bucketRange('later', b)).toEqual({ from: b.startOfNextWeek });
  });
});
