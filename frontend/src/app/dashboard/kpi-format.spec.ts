import {
  formatKpiValue,
  greeting,
  monthLabel,
  sparklineConfig,
  targetProgress,
  targetText,
  trendSummary,
  withAlpha,
} from './kpi-format';

const trend = (values: (number | null)[]) =>
  values.map((value, index) => ({ month: `2026-${String(index + 1).padStart(2, '0')}`, value }));

describe('formatKpiValue', () => {
  it('shows counts with separators, rates as whole percentages, and a dash for nothing', () => {
    expect(formatKpiValue({ value: 1400, unit: 'count' })).toBe('1,400');
    expect(formatKpiValue({ value: 0, unit: 'count' })).toBe('0');
    expect(formatKpiValue({ value: 0.667, unit: 'rate' })).toBe('67%');
    expect(formatKpiValue({ value: 1, unit: 'rate' })).toBe('100%');
    expect(formatKpiValue({ value: null, unit: 'rate' })).toBe('–');
  });
});

describe('targets', () => {
  it('reads "of target N" and measures progress, capped at 100', () => {
    expect(targetText({ target: 1400, unit: 'count' })).toBe('of target 1,400');
    expect(targetProgress({ value: 350, target: 1400 })).toBe(25);
    expect(targetProgress({ value: 2000, target: 1400 })).toBe(100);
    expect(targetProgress({ value: null, target: 10 })).toBe(0);
  });

  it('has neither without a target', () => {
    expect(targetText({ unit: 'count' })).toBeNull();
    expect(targetText({ target: null, unit: 'count' })).toBeNull();
    expect(targetProgress({ value: 3, target: 0 })).toBeNull();
    expect(targetProgress({ value: 3 })).toBeNull();
  });
});

describe('trendSummary', () => {
  it('reads every month and the highest', () => {
    expect(monthLabel('2026-03')).toBe('Mar 2026');
    expect(trendSummary({ unit: 'count', trend: trend([1, 5, 2]) })).toBe(
      'From Jan 2026 to Mar 2026, month by month: 1, 5, 2. Highest 5 in Feb 2026.',
    );
    expect(trendSummary({ unit: 'rate', trend: trend([0.5, null]) })).toBe(
      'From Jan 2026 to Feb 2026, month by month: 50%, hidden. Highest 50% in Jan 2026.',
    );
  });

  it('says when there is nothing', () => {
    expect(trendSummary({ unit: 'count' })).toBeNull();
    expect(trendSummary({ unit: 'count', trend: trend([null, null]) })).toBe('No figures from Jan 2026 to Feb 2026.');
  });
});

describe('sparklineConfig', () => {
  it('is a bare line chart of the values', () => {
    const config = sparklineConfig({ trend: trend([1, 5, 2]) }, 'rgb(1, 2, 3)');
    expect(config?.data.datasets[0]).toMatchObject({
      borderColor: 'rgb(1, 2, 3)',
      backgroundColor: 'rgba(1, 2, 3, 0.15)',
    });
    expect(config?.type).toBe('line');
    expect(config?.data.datasets[0].data).toEqual([1, 5, 2]);
    expect(config?.data.labels).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(config?.options?.plugins?.legend?.display).toBe(false);
    expect((config?.options?.scales?.['x'] as { display: boolean }).display).toBe(false);
  });

  it('is absent without at least two months', () => {
    expect(sparklineConfig({})).toBeNull();
    expect(sparklineConfig({ trend: trend([4]) })).toBeNull();
  });
});

describe('withAlpha', () => {
  it('makes a computed colour see-through, and leaves anything else alone', () => {
    expect(withAlpha('rgb(0, 104, 116)', 0.2)).toBe('rgba(0, 104, 116, 0.2)');
    expect(withAlpha('rgba(0, 104, 116, 1)', 0.2)).toBe('rgba(0, 104, 116, 0.2)');
    expect(withAlpha('teal', 0.2)).toBe('teal');
  });
});

describe('greeting', () => {
  it('greets by first name and time of day', () => {
    expect(greeting('Sam Patel', new Date(2026, 0, 1, 9))).toBe('Good morning, Sam');
    expect(greeting('Sam', new Date(2026, 0, 1, 13))).toBe('Good afternoon, Sam');
    expect(greeting(undefined, new Date(2026, 0, 1, 20))).toBe('Good evening');
  });
});
