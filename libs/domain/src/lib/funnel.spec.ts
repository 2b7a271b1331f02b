import { firstReachedTimes, funnel, median } from './funnel';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);

describe('funnel', () => {
  it('counts a person as reaching every stage up to the furthest one, even when skipped', () => {
    // A: enquiry → applied (skipping two); B: enquiry → engaged; C: enquiry only.
    const people = [
      firstReachedTimes([{ index: 0, at: at(0) }, { index: 3, at: at(10) }]),
      firstReachedTimes([{ index: 0, at: at(0) }, { index: 1, at: at(4) }]),
      firstReachedTimes([{ index: 0, at: at(2) }]),
    ];
    const result = funnel(people);
    expect(result.map((stage) => stage.reached)).toEqual([3, 2, 1, 1, 0, 0]);
    expect(result.map((stage) => stage.stepConversion)).toEqual([null, 0.667, 0.5, 1, 0, null]);
    expect(result.map((stage) => stage.cumulativeConversion)).toEqual([1, 0.667, 0.333, 0.333, 0, 0]);
  });

  it('takes median days between first reaching consecutive stages', () => {
    const people = [
      firstReachedTimes([{ index: 0, at: at(0) }, { index: 1, at: at(2) }]),
      firstReachedTimes([{ index: 0, at: at(0) }, { index: 1, at: at(6) }]),
      firstReachedTimes([{ index: 0, at: at(0) }, { index: 1, at: at(10) }, { index: 2, at: at(11) }]),
    ];
    const result = funnel(people);
    expect(result[0].medianDaysToNext).toBe(6);
    expect(result[1].medianDaysToNext).toBe(1);
    expect(result[2].medianDaysToNext).toBeNull();
  });

  it('uses the earliest time a stage or a later one was reached (moves back and forth)', () => {
    const times = firstReachedTimes([{ index: 0, at: at(0) }, { index: 3, at: at(5) }, { index: 1, at: at(8) }, { index: 3, at: at(9) }]);
    expect(times.map((time) => time?.getTime() ?? null)).toEqual([at(0).getTime(), at(5).getTime(), at(5).getTime(), at(5).getTime(), null, null]);
  });

  it('counts a person who closed and reopened once, by the furthest stage they ever reached', () => {
    // Closing is not a progress stage, so it leaves no move here: enquiry, serious conversation, (closed), reopened at engaged.
    const reopened = firstReachedTimes([{ index: 0, at: at(0) }, { index: 2, at: at(3) }, { index: 1, at: at(10) }]);
    const skipper = firstReachedTimes([{ index: 0, at: at(0) }, { index: 4, at: at(1) }]);
    const result = funnel([reopened, skipper]);
    expect(result.map((stage) => stage.reached)).toEqual([2, 2, 2, 1, 1, 0]);
    expect(result[1].medianDaysToNext).toBe(0);
    expect(result[2].medianDaysToNext).toBe(0);
  });

  it('handles an empty cohort', () => {
    expect(funnel([]).every((stage) => stage.reached === 0 && stage.cumulativeConversion === null)).toBe(true);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
