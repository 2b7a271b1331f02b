import { MIN_POSITION_GAP, positionBetween, POSITION_STEP, renumberedPositions } from './board-position';

describe('positionBetween', () => {
  it('starts an empty column at one step', () => {
    expect(positionBetween(null, null)).toBe(POSITION_STEP);
  });

  it('puts a card at the top or bottom one step beyond the edge', () => {
    expect(positionBetween(null, 100)).toBe(100 - POSITION_STEP);
    expect(positionBetween(100, null)).toBe(100 + POSITION_STEP);
  });

  it('takes the midpoint between neighbours', () => {
    expect(positionBetween(1024, 2048)).toBe(1536);
  });

  it('keeps order through many drops into the same gap, until it asks for renumbering', () => {
    let below = 2048;
    let drops = 0;
    for (;;) {
      const next = positionBetween(1024, below);
      if (next === null) break;
      expect(next).toBeGreaterThan(1024);
      expect(next).toBeLessThan(below);
      below = next;
      drops++;
    }
    expect(drops).toBeGreaterThan(25);
    expect(below - 1024).toBeLessThan(MIN_POSITION_GAP * 2);
  });
});

describe('renumberedPositions', () => {
  it('spaces cards evenly and in order', () => {
    expect(renumberedPositions(3)).toEqual([1024, 2048, 3072]);
  });
});
