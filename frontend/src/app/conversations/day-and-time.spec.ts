import { combineDayAndTime, dayOf, timeOf } from './day-and-time';

describe('day and time', () => {
  it('combines a picked day and a typed time into one local moment', () => {
    expect(combineDayAndTime(new Date(2026, 10, 25), '14:30')).toEqual(new Date(2026, 10, 25, 14, 30));
  });

  it('waits until both parts are complete and valid', () => {
    expect(combineDayAndTime(null, '14:30')).toBeNull();
    expect(combineDayAndTime(new Date(2026, 10, 25), '')).toBeNull();
    expect(combineDayAndTime(new Date(2026, 10, 25), '25:00')).toBeNull();
    expect(combineDayAndTime(new Date(Number.NaN), '10:00')).toBeNull();
  });

  it('splits a moment back into its day and time', () => {
    const moment = new Date(2026, 0, 5, 9, 5);
    expect(dayOf(moment)).toEqual(new Date(2026, 0, 5));
    expect(timeOf(moment)).toBe('09:05');
  });
});
