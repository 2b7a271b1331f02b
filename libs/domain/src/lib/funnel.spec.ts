import fc from 'fast-check';
import {
  FunnelCounts,
  FunnelStage,
  firstReachedTimes,
  funnel,
  funnelFromCounts,
  median,
  medianOfCounts,
} from './funnel';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);

describe('funnel', () => {
  it('counts a person as reaching every stage up to the furthest one, even when skipped', () => {
    // A: enquiry → applied (skipping two); B: enquiry → engaged; C: enquiry only.
    const people = [
      firstReachedTimes([
        { index: 0, at: at(0) },
        { index: 3, at: at(10) },
      ]),
      firstReachedTimes([
        { index: 0, at: at(0) },
        { index: 1, at: at(4) },
      ]),
      firstReachedTimes([{ index: 0, at: at(2) }]),
    ];
    const result = funnel(people);
    expect(result.map((stage) => stage.reached)).toEqual([3, 2, 1, 1, 0, 0]);
    expect(result.map((stage) => stage.stepConversion)).toEqual([null, 0.667, 0.5, 1, 0, null]);
    expect(result.map((stage) => stage.cumulativeConversion)).toEqual([1, 0.667, 0.333, 0.333, 0, 0]);
  });

  it('takes median days between first reaching consecutive stages', () => {
    const people = [
      firstReachedTimes([
        { index: 0, at: at(0) },
        { index: 1, at: at(2) },
      ]),
      firstReachedTimes([
        { index: 0, at: at(0) },
        { index: 1, at: at(6) },
      ]),
      firstReachedTimes([
        { index: 0, at: at(0) },
        { index: 1, at: at(10) },
        { index: 2, at: at(11) },
      ]),
    ];
    const result = funnel(people);
    expect(result[0].medianDaysToNext).toBe(6);
    expect(result[1].medianDaysToNext).toBe(1);
    expect(result[2].medianDaysToNext).toBeNull();
  });

  it('uses the earliest time a stage or a later one was reached (moves back and forth)', () => {
    const times = firstReachedTimes([
      { index: 0, at: at(0) },
      { index: 3, at: at(5) },
      { index: 1, at: at(8) },
      { index: 3, at: at(9) },
    ]);
    expect(times.map((time) => time?.getTime() ?? null)).toEqual([
      at(0).getTime(),
      at(5).getTime(),
      at(5).getTime(),
      at(5).getTime(),
      null,
      null,
    ]);
  });

  it('counts a person who closed and reopened once, by the furthest stage they ever reached', () => {
    // Closing is not a progress stage, so it leaves no move here: enquiry, serious conversation, (closed), reopened at engaged.
    const reopened = firstReachedTimes([
      { index: 0, at: at(0) },
      { index: 2, at: at(3) },
      { index: 1, at: at(10) },
    ]);
    const skipper = firstReachedTimes([
      { index: 0, at: at(0) },
      { index: 4, at: at(1) },
    ]);
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

describe('funnelFromCounts', () => {
  const TENTH = 8_640_000;
  /** What the database counts for these people: furthest index, and gaps in whole tenths of a day. */
  const countsOf = (people: { index: number; at: Date }[][]): FunnelCounts => {
    const furthest = new Map<number, number>();
    const gapTenths = [0, 1, 2, 3, 4].map(() => new Map<number, number>());
    for (const moves of people) {
      const top = Math.max(-1, ...moves.map((move) => move.index));
      furthest.set(top, (furthest.get(top) ?? 0) + 1);
      const times = firstReachedTimes(moves);
      for (let step = 0; step < 5; step++) {
        const [from, to] = [times[step], times[step + 1]];
        if (!from || !to) continue;
        const tenths = Math.round((to.getTime() - from.getTime()) / TENTH);
        gapTenths[step].set(tenths, (gapTenths[step].get(tenths) ?? 0) + 1);
      }
    }
    return { furthest, gapTenths };
  };

  it('gives the same funnel as replaying everybody’s history, for any cohort', () => {
    const move = fc.record({ index: fc.integer({ min: -1, max: 5 }), tenths: fc.integer({ min: 0, max: 3_000 }) });
    fc.assert(
      fc.property(fc.array(fc.array(move, { minLength: 1, maxLength: 6 }), { maxLength: 40 }), (people) => {
        const histories = people.map((moves) =>
          moves.map(({ index, tenths }) => ({ index, at: new Date(Date.UTC(2026, 0, 1) + tenths * TENTH) })),
        );
        const replayed = funnel(histories.map((moves) => firstReachedTimes(moves.filter((m) => m.index >= 0))));
        const counted = funnelFromCounts(countsOf(histories));
        const withoutMedians = (stages: FunnelStage[]) =>
          stages.map((stage) => ({ ...stage, medianDaysToNext: stage.medianDaysToNext === null }));
        expect(withoutMedians(counted)).toEqual(withoutMedians(replayed));
        // Equal but for rounding a median that falls exactly halfway between two tenths (floating point rounds it down).
        counted.forEach((stage, index) =>
          expect(Math.abs((stage.medianDaysToNext ?? 0) - (replayed[index].medianDaysToNext ?? 0))).toBeLessThanOrEqual(
            0.1 + 1e-9,
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('takes the median of counted values, averaging the middle two', () => {
    expect(medianOfCounts(new Map())).toBeNull();
    expect(medianOfCounts(new Map([[7, 1]]))).toBe(7);
    expect(
      medianOfCounts(
        new Map([
          [2, 1],
          [10, 1],
        ]),
      ),
    ).toBe(6);
    expect(
      medianOfCounts(
        new Map([
          [1, 3],
          [50, 1],
        ]),
      ),
    ).toBe(1);
    expect(
      medianOfCounts(
        new Map([
          [1, 2],
          [5, 0],
          [9, 2],
        ]),
      ),
    ).toBe(5);
  });
});
