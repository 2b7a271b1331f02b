import { progressIndexSql, reachedFromFurthest } from './stage-reach';

describe('reachedFromFurthest', () => {
  it('counts everyone who got at least as far as each stage', () => {
    // 5 stopped at enquiry, 3 at engaged, 2 applied (skipping serious_conversation), 1 enrolled.
    const furthest = new Map([
      [0, 5],
      [1, 3],
      [3, 2],
      [5, 1],
    ]);
    expect(reachedFromFurthest(furthest)).toEqual([
      { stage: 'enquiry', count: 11 },
      { stage: 'engaged', count: 6 },
      { stage: 'serious_conversation', count: 3 },
      { stage: 'applied', count: 3 },
      { stage: 'offer', count: 1 },
      { stage: 'enrolled', count: 1 },
    ]);
  });

  it('gives zeros for nobody', () => {
    expect(reachedFromFurthest(new Map()).every((entry) => entry.count === 0)).toBe(true);
  });
});

describe('progressIndexSql', () => {
  it('maps each progress stage to its index', () => {
    expect(progressIndexSql('s.to_stage')).toBe(
      "CASE s.to_stage WHEN 'enquiry' THEN 0 WHEN 'engaged' THEN 1 WHEN 'serious_conversation' THEN 2 WHEN 'applied' THEN 3 WHEN 'offer' THEN 4 WHEN 'enrolled' THEN 5 ELSE -1 END",
    );
  });
});
