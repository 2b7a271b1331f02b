import { formatDay, formatTime, formatTimeRange } from './time-range';

describe('formatTimeRange', () => {
  const at = (day: number, hour: number, minute = 0) => new Date(2027, 0, day, hour, minute).toISOString();

  it('shows one day with a start and end time', () => {
    expect(formatTimeRange(at(30, 12, 15), at(30, 14, 15))).toBe('Sat 30 Jan 2027, 12:15–14:15');
  });

  it('names both days when it runs across days', () => {
    expect(formatTimeRange(at(30, 12), at(31, 16))).toBe('Sat 30 Jan 2027, 12:00 – Sun 31 Jan 2027, 16:00');
  });

  it('shows the start alone when there is no real end', () => {
    expect(formatTimeRange(at(30, 9), at(30, 9))).toBe('Sat 30 Jan 2027, 09:00');
    expect(formatTimeRange(at(30, 9))).toBe('Sat 30 Jan 2027, 09:00');
    expect(formatTimeRange('soon', null)).toBe('');
  });

  it('formats a day and a time on their own', () => {
    expect(formatDay(at(1, 8))).toBe('Fri 1 Jan 2027');
    expect(formatTime(at(1, 8, 5))).toBe('08:05');
    expect(formatDay('x')).toBe('');
  });
});
