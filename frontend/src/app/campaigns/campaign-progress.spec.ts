import { campaignPhase, formatBudget, progressPercent, targetProgress } from './campaign-progress';

describe('campaign progress', () => {
  it('works out whole percentages of a target, rounding down so that 100% means done', () => {
    expect(progressPercent(3788, 4500)).toBe(84);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(200, 200)).toBe(100);
    expect(progressPercent(250, 200)).toBe(125);
    expect(progressPercent(0, 50)).toBe(0);
  });

  it('has no percentage without a target, and a target of 0 is met', () => {
    expect(progressPercent(14, null)).toBeNull();
    expect(progressPercent(0, 0)).toBe(100);
  });

  it('describes each figure against its target, with the bar capped at full', () => {
    const rows = targetProgress({
      targets: { events: 15, youngPeople: 600, educators: null, seriousConversations: 200, applications: 90 },
      progress: { events: 18, youngPeople: 325, educators: 14, seriousConversations: 144, applications: 70 },
    });
    expect(rows.map((row) => [row.key, row.text, row.percent, row.bar])).toEqual([
      ['events', '18 / 15', 120, 100],
      ['youngPeople', '325 / 600', 54, 54],
      ['educators', '14', null, 0],
      ['seriousConversations', '144 / 200', 72, 72],
      ['applications', '70 / 90', 77, 77],
    ]);
    expect(rows[1].description).toBe('Young people reached: 325 of 600 (54%)');
    expect(rows[2].description).toBe('Educators reached: 14, no target');
  });

  it('knows whether a campaign is upcoming, running or over', () => {
    expect(campaignPhase('2027-01-01', '2027-03-31', '2026-12-31')).toBe('upcoming');
    expect(campaignPhase('2027-01-01', '2027-03-31', '2027-01-01')).toBe('active');
    expect(campaignPhase('2027-01-01', '2027-03-31', '2027-03-31')).toBe('active');
    expect(campaignPhase('2027-01-01', '2027-03-31', '2027-04-01')).toBe('ended');
  });

  it('shows a budget in whole pounds', () => {
    expect(formatBudget(420000)).toBe('£420,000');
    expect(formatBudget(null)).toBe('');
  });
});
