import { emptyStatusCounts, isAtRisk, retentionRate } from './retention';

describe('retentionRate', () => {
  it('counts active and completed students as retained', () => {
    expect(retentionRate({ active: 6, completed: 2, interrupted: 1, withdrawn: 1 })).toBe(0.8);
  });

  it('treats interruptions as not (yet) retained', () => {
    expect(retentionRate({ active: 1, completed: 0, interrupted: 1, withdrawn: 0 })).toBe(0.5);
  });

  it('rounds to three decimals and answers null for an empty cohort', () => {
    expect(retentionRate({ active: 2, completed: 0, interrupted: 0, withdrawn: 1 })).toBe(0.667);
    expect(retentionRate(emptyStatusCounts())).toBeNull();
  });
});

describe('isAtRisk', () => {
  it.each([
    [1, false, true],
    [2, false, true],
    [3, false, false],
    [5, true, true],
    [null, false, false],
    [undefined, true, true],
  ])('overall %p with concern %p → %p', (overall, concern, expected) => {
    expect(isAtRisk(overall as number | null | undefined, concern as boolean)).toBe(expected);
  });
});
