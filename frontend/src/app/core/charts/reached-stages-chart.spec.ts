import { reachedStageBars } from './reached-stages-chart';

describe('reachedStageBars', () => {
  it('lists all six stages in order, scaled to the biggest count', () => {
    const bars = reachedStageBars([
      { stage: 'engaged', count: 20 },
      { stage: 'enquiry', count: 40 },
      { stage: 'applied', count: 3 },
    ]);
    expect(bars.map(({ stage, count, width }) => [stage, count, width])).toEqual([
      ['enquiry', 40, 100],
      ['engaged', 20, 50],
      ['serious_conversation', 0, 0],
      ['applied', 3, 8],
      ['offer', 0, 0],
      ['enrolled', 0, 0],
    ]);
    expect(bars[2].label).toBe('Serious conversation');
  });

  it('draws no bars when nobody reached anything', () => {
    expect(reachedStageBars([]).every((bar) => bar.width === 0 && bar.count === 0)).toBe(true);
  });
});
