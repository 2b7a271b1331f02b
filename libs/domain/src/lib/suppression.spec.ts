import { MIN_GROUP_SIZE, suppress, suppressedMean, suppressedYesRate } from './suppression';

describe('suppression', () => {
  it('hides figures drawn from fewer than five records, and their size', () => {
    for (let count = 0; count < MIN_GROUP_SIZE; count++) {
      expect(suppress(42, count)).toEqual({ value: null, count: null, suppressed: true });
    }
  });

  it('shows figures from five or more', () => {
    expect(suppress(42, 5)).toEqual({ value: 42, count: 5, suppressed: false });
    expect(suppress('x', 300)).toEqual({ value: 'x', count: 300, suppressed: false });
  });

  it('gives a rounded mean only for five or more scores', () => {
    expect(suppressedMean([5, 4, 4])).toEqual({ value: null, count: null, suppressed: true });
    expect(suppressedMean([5, 4, 4, 3, 2])).toEqual({ value: 3.6, count: 5, suppressed: false });
    expect(suppressedMean([1, 2, 2, 2, 2, 2])).toEqual({ value: 1.83, count: 6, suppressed: false });
  });

  it('says a mean is absent, not hidden, when nothing was scored', () => {
    expect(suppressedMean([])).toEqual({ value: null, count: 0, suppressed: false });
    expect(suppressedMean([4])).toEqual({ value: null, count: null, suppressed: true });
  });

  it('gives the share of yes answers only for five or more, and nothing when none', () => {
    expect(suppressedYesRate([])).toEqual({ value: null, count: 0, suppressed: false });
    expect(suppressedYesRate([true, true, false, true])).toEqual({ value: null, count: null, suppressed: true });
    expect(suppressedYesRate([true, true, false, true, false])).toEqual({ value: 0.6, count: 5, suppressed: false });
    expect(suppressedYesRate([true, false, false, false, false, false])).toEqual({
      value: 0.17,
      count: 6,
      suppressed: false,
    });
  });
});
