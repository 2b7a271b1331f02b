import fc from 'fast-check';
import {
  addFunnelCounts,
  addOutcome,
  bucketedCounts,
  cellChanges,
  cellId,
  cellKeysOf,
  cohortPlan,
  emptyFunnelCounts,
  gapBucket,
  isEmptyCounts,
  parseCounts,
  ProgressFacts,
  serialiseCounts,
} from './funnel-cells';
import { FunnelCounts } from './funnel';

const person = (overrides: Partial<ProgressFacts> = {}): ProgressFacts => ({
  furthest: 2,
  gaps: [15, 240, null, null, null],
  cohortAt: new Date('2026-03-31T23:30:00Z'),
  source: 'event',
  campaignId: null,
  region: 'london',
  ownerId: 'owner-1',
  professions: ['podiatry', 'orthoptics'],
  ...overrides,
});

describe('gapBucket', () => {
  it('keeps tenths below 10 days, whole days below 100 and five days beyond', () => {
    expect([0, 7, 99].map(gapBucket)).toEqual([0, 7, 99]);
    expect([100, 104, 105, 996].map(gapBucket)).toEqual([100, 100, 110, 1_000]);
    expect([1_000, 1_024, 1_025, 3_652].map(gapBucket)).toEqual([1_000, 1_000, 1_050, 3_650]);
  });

  it('never moves a gap by more than 2.5% (or a twentieth of a day)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (tenths) =>
        expect(Math.abs(gapBucket(tenths) - tenths)).toBeLessThanOrEqual(Math.max(0.5, tenths * 0.025)),
      ),
    );
  });
});

describe('cellKeysOf', () => {
  it('counts a person under their UTC day and month, overall and under each dimension and profession', () => {
    const keys = cellKeysOf(person());
    expect(keys).toHaveLength(14);
    expect(keys.filter((key) => key.grain === 'd').every((key) => key.period === '2026-03-31')).toBe(true);
    expect(keys.filter((key) => key.grain === 'm').every((key) => key.period === '2026-03')).toBe(true);
    expect(keys.filter((key) => key.grain === 'm').map((key) => `${key.dimension}=${key.value}`)).toEqual([
      'all=',
      'source=event',
      'campaign=',
      'region=london',
      'owner=owner-1',
      'profession=podiatry',
      'profession=orthoptics',
    ]);
  });

  it('puts people without a first contact or a profession under empty values', () => {
    const keys = cellKeysOf(person({ cohortAt: null, professions: [] }));
    expect(keys.every((key) => key.period === '')).toBe(true);
    expect(keys.filter((key) => key.dimension === 'profession').map((key) => key.value)).toEqual(['', '']);
  });
});

describe('cellChanges', () => {
  it('moves a person between cells when their source changes, and leaves untouched cells out', () => {
    const before = person();
    const after = person({ source: 'webinar', furthest: 3, gaps: [15, 240, 12, null, null] });
    const changes = cellChanges([before], [after]);
    const monthly = (dimension: string, value: string) => changes.get(`${dimension}|m|2026-03|${value}`)?.counts;
    expect(monthly('source', 'event')?.furthest).toEqual(new Map([[2, -1]]));
    expect(monthly('source', 'webinar')?.furthest).toEqual(new Map([[3, 1]]));
    expect(monthly('all', '')?.furthest).toEqual(
      new Map([
        [2, -1],
        [3, 1],
      ]),
    );
    expect(monthly('all', '')?.gapTenths[2]).toEqual(new Map([[12, 1]]));
    expect(cellChanges([before], [before]).size).toBe(0);
  });

  it('adds up exactly what counting each person in and out on their own gives', () => {
    /** Counts in a fixed order: the same people may be added up in a different order. */
    const sorted = (counts: FunnelCounts) => ({
      furthest: [...counts.furthest].sort(([a], [b]) => a - b),
      gaps: counts.gapTenths.map((histogram) => [...histogram].sort(([a], [b]) => a - b)),
    });
    /** The plain way: every person's cells, one by one. */
    const oneByOne = (before: ProgressFacts[], after: ProgressFacts[]) => {
      const totals = new Map<string, ReturnType<typeof emptyFunnelCounts>>();
      const count = (someone: ProgressFacts, sign: 1 | -1) =>
        cellKeysOf(someone).forEach((key) => {
          const id = cellId(key);
          if (!totals.has(id)) totals.set(id, emptyFunnelCounts());
          addOutcome(totals.get(id)!, someone, sign);
        });
      before.forEach((someone) => count(someone, -1));
      after.forEach((someone) => count(someone, 1));
      return new Map(
        [...totals].filter(([, counts]) => !isEmptyCounts(counts)).map(([id, counts]) => [id, sorted(counts)]),
      );
    };
    const someone = fc.record({
      furthest: fc.integer({ min: -1, max: 5 }),
      gaps: fc.array(fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: null }), { minLength: 5, maxLength: 5 }),
      cohortAt: fc.option(
        fc.date({ min: new Date('2026-01-30T00:00:00Z'), max: new Date('2026-02-02T00:00:00Z'), noInvalidDate: true }),
        { nil: null },
      ),
      source: fc.constantFrom('event', 'webinar', null),
      campaignId: fc.constantFrom('c1', null),
      region: fc.constantFrom('london', null),
      ownerId: fc.constantFrom('o1', 'o2', null),
      professions: fc
        .subarray(['podiatry', 'orthoptics', 'prosthetics'], { minLength: 0 })
        .chain((codes) => fc.shuffledSubarray(codes, { minLength: codes.length })),
    });
    fc.assert(
      fc.property(fc.array(someone, { maxLength: 12 }), fc.array(someone, { maxLength: 12 }), (before, after) => {
        const grouped = new Map([...cellChanges(before, after)].map(([id, change]) => [id, sorted(change.counts)]));
        expect(grouped).toEqual(oneByOne(before, after));
      }),
      { numRuns: 40 },
    );
  });
});

describe('counts as stored', () => {
  it('round-trips through text and adds up to nothing when taken away again', () => {
    const counts = bucketedCounts({
      furthest: new Map([
        [0, 3],
        [-1, 1],
      ]),
      gapTenths: [new Map([[104, 2]])],
    });
    expect(counts.gapTenths[0]).toEqual(new Map([[100, 2]]));
    const parsed = parseCounts(serialiseCounts(counts));
    expect(parsed).toEqual(counts);
    addFunnelCounts(parsed, counts, -1);
    expect(parsed).toEqual(emptyFunnelCounts());
  });
});

describe('cohortPlan', () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2025, 10, 20);
  const instant = fc.integer({ min: 0, max: 120 * 24 }).map((hours) => new Date(start + hours * 3_600_000 + 1_800_000));
  const bound = fc.option(
    fc.integer({ min: -24, max: 130 * 24 }).map((hours) => new Date(start + hours * 3_600_000)),
    {
      nil: undefined,
    },
  );

  it('covers every instant of the period exactly once, and nothing outside it', () => {
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 60 }), bound, bound, (times, from, to) => {
        fc.pre(!from || !to || from.getTime() < to.getTime());
        const plan = cohortPlan(from, to);
        const inRange = (range: { from?: string; to?: string }, period: string) =>
          (range.from === undefined || period >= range.from) && (range.to === undefined || period < range.to);
        for (const at of times) {
          const day = at.toISOString().slice(0, 10);
          const month = at.toISOString().slice(0, 7);
          const covered =
            plan.cells.filter((range) => inRange(range, range.grain === 'd' ? day : month)).length +
            plan.people.filter(
              (range) =>
                (!range.from || at.getTime() >= range.from.getTime()) &&
                (!range.to || at.getTime() < range.to.getTime()),
            ).length;
          const wanted = (!from || at >= from) && (!to || at < to) ? 1 : 0;
          expect(covered).toBe(wanted);
        }
        for (const range of plan.people)
          expect((range.to?.getTime() ?? Infinity) - (range.from?.getTime() ?? -Infinity)).toBeLessThan(DAY * 2);
      }),
      { numRuns: 500 },
    );
  });

  it('reads whole months from month cells and the days either side from day cells', () => {
    const plan = cohortPlan(new Date('2025-01-14T00:00:00Z'), new Date('2025-12-31T23:00:00Z'));
    expect(plan.cells).toEqual([
      { grain: 'm', from: '2025-02', to: '2025-12' },
      { grain: 'd', from: '2025-01-14', to: '2025-02-01' },
      { grain: 'd', from: '2025-12-01', to: '2025-12-31' },
    ]);
    expect(plan.people).toEqual([{ from: new Date('2025-12-31T00:00:00Z'), to: new Date('2025-12-31T23:00:00Z') }]);
    expect(cohortPlan()).toEqual({ cells: [{ grain: 'm', from: undefined, to: undefined }], people: [] });
  });
});
