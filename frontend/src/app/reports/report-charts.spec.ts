import { RetentionRow, SeriousConversationsReport } from '@pathway/contracts';
import { funnelChart } from './funnel/funnel-chart';
import { experienceChart } from './placement-experience/experience-chart';
import { reachChart } from './reach/reach-chart';
import { retentionChart, retentionChartHeight } from './retention/retention-chart';
import { seriousConversationsChart } from './serious-conversations/serious-conversations-chart';

const colours = { series: ['#a', '#b', '#c', '#d', '#e', '#f'], grid: '#g', text: '#t' };
const hidden = { value: null, count: null, suppressed: true };
const shown = (value: number) => ({ value, count: 10, suppressed: false });

describe('report charts', () => {
  it('draws the funnel as horizontal bars of people reaching each stage, in the theme colour', () => {
    const config = funnelChart(
      [
        { stage: 'enquiry', reached: 40, stepConversion: null, cumulativeConversion: 1, medianDaysToNext: 3 },
        { stage: 'engaged', reached: 25, stepConversion: 0.625, cumulativeConversion: 0.625, medianDaysToNext: null },
      ],
      colours,
    );
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['Enquiry', 'Engaged']);
    expect(config.data.datasets[0].data).toEqual([40, 25]);
    expect(config.data.datasets[0].backgroundColor).toBe('#a');
  });

  it('draws serious conversations per month with a running total and the target, when there is one', () => {
    const byMonth: SeriousConversationsReport['byMonth'] = [
      { month: '2026-01', conversations: 3, people: 2, cumulativeConversations: 3 },
      { month: '2026-02', conversations: 5, people: 5, cumulativeConversations: 8 },
    ];
    const config = seriousConversationsChart({ byMonth, target: 20 }, colours);
    expect(config.data.labels).toEqual(['Jan 2026', 'Feb 2026']);
    expect(config.data.datasets.map((set) => [set.type, set.label, set.data])).toEqual([
      ['bar', 'Serious conversations', [3, 5]],
      ['line', 'Running total', [3, 8]],
      ['line', 'Target', [20, 20]],
    ]);
    expect(seriousConversationsChart({ byMonth, target: null }, colours).data.datasets.map((set) => set.label)).toEqual(
      ['Serious conversations', 'Running total'],
    );
  });

  it('draws reach per campaign as young people, educators and others', () => {
    const figures = {
      events: 2,
      webinars: 0,
      webinarAttendance: 0,
      leafletsDistributed: 0,
      leafletsTaken: 0,
      leafletTakeUp: null,
    };
    const config = reachChart(
      [{ campaignId: 'c1', campaignName: 'Schools', youngPeople: 120, educators: 8, others: 3, ...figures }],
      colours,
    );
    expect(config.data.labels).toEqual(['Schools']);
    expect(config.data.datasets.map((set) => [set.label, set.data, set.backgroundColor])).toEqual([
      ['Young people', [120], '#a'],
      ['Educators', [8], '#b'],
      ['Others', [3], '#c'],
    ]);
  });

  it('never draws a suppressed retention rate, and says it is hidden', () => {
    const row = (cohort: number, rate: RetentionRow['retentionRate']) =>
      ({ cohort, profession: 'nursing', retentionRate: rate }) as RetentionRow;
    const config = retentionChart(
      [row(2024, shown(0.834)), row(2025, hidden)],
      (item) => `${item.cohort} Nursing`,
      colours,
    );
    expect(config.data.labels).toEqual(['2024 Nursing', ['2025 Nursing', '(fewer than 5)']]);
    expect(config.data.datasets[0].data).toEqual([83, null]);
    // Horizontal bars keep long group names level, and the chart grows with the groups.
    expect(config.options?.indexAxis).toBe('y');
    expect(retentionChartHeight(2)).toBe('260px');
    expect(retentionChartHeight(20)).toBe('648px');
  });

  it('draws the 1–5 domains of placement experience, leaving out suppressed means', () => {
    const likert = (value: number | null) => ({
      mean: value === null ? hidden : shown(value),
      yesRate: { value: null, count: 0, suppressed: false },
      distribution: value === null ? hidden : { value: { '4': 6, '5': 4 }, count: 10, suppressed: false },
    });
    const config = experienceChart(
      [
        { domain: 'induction', ...likert(4.4) },
        { domain: 'team', ...likert(null) },
        {
          domain: 'raising_concerns',
          mean: { value: null, count: 0, suppressed: false },
          yesRate: shown(0.9),
          distribution: { value: { yes: 9, no: 1 }, count: 10, suppressed: false },
        },
      ],
      colours,
    );
    expect(config.data.labels).toEqual(['Induction', 'Team and welcome (fewer than 5)']);
    expect(config.data.datasets[0].data).toEqual([4.4, null]);
  });
});
