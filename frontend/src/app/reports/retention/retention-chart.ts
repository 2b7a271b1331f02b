import { RetentionRow } from '@pathway/contracts';
import { chartColours, PathwayChartConfig } from '../../core/charts/chart';
import { SUPPRESSED_TEXT } from '../../feedback/reports/suppressed';

/** "2025 Nursing" for a cohort and profession. */
export type GroupName = (row: RetentionRow) => string;

/** Height of the chart for this many groups: one readable bar each, and never less than a normal chart. */
export function retentionChartHeight(groups: number): string {
  return `${Math.max(260, groups * 30 + 48)}px`;
}

/**
 * Retention (0–100%) per cohort and profession as horizontal bars, so that every group's name reads level; a
 * suppressed group has no bar, and says why in its label.
 */
export function retentionChart(
  rows: readonly RetentionRow[],
  name: GroupName,
  colours = chartColours(),
): PathwayChartConfig {
  return {
    type: 'bar',
    data: {
      // A hidden group's reason goes on a second line: one long line would be cut off at the chart's edge.
      labels: rows.map((row) => (row.retentionRate.suppressed ? [name(row), `(${SUPPRESSED_TEXT})`] : name(row))),
      datasets: [
        {
          label: 'Retention',
          data: rows.map((row) =>
            row.retentionRate.suppressed || row.retentionRate.value === null
              ? null
              : Math.round(row.retentionRate.value * 100),
          ),
          backgroundColor: colours.series[0],
        },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: {
        x: {
          beginAtZero: true,
          max: 100,
          ticks: { callback: (value) => `${value}%`, color: colours.text },
          grid: { color: colours.grid },
        },
        y: { ticks: { color: colours.text, autoSkip: false }, grid: { display: false } },
      },
    },
  };
}
