import { SeriousConversationsReport } from '@pathway/contracts';
import { chartColours, PathwayChartConfig } from '../../core/charts/chart';
import { monthLabel } from '../report-format';

/** Bars of serious conversations per month, a line of the running total, and the target as a dashed line. */
export function seriousConversationsChart(
  report: Pick<SeriousConversationsReport, 'byMonth' | 'target'>,
  colours = chartColours(),
): PathwayChartConfig {
  const months = report.byMonth;
  const datasets: PathwayChartConfig['data']['datasets'] = [
    {
      type: 'bar',
      label: 'Serious conversations',
      data: months.map((month) => month.conversations),
      backgroundColor: colours.series[0],
    },
    {
      type: 'line',
      label: 'Running total',
      data: months.map((month) => month.cumulativeConversations),
      borderColor: colours.series[1],
      backgroundColor: colours.series[1],
    },
  ];
  if (report.target !== null) {
    datasets.push({
      type: 'line',
      label: 'Target',
      data: months.map(() => report.target),
      borderColor: colours.series[4],
      backgroundColor: colours.series[4],
      borderDash: [6, 4],
      pointRadius: 0,
    });
  }
  return {
    type: 'bar',
    data: { labels: months.map((month) => monthLabel(month.month)), datasets },
    options: {
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0, color: colours.text }, grid: { color: colours.grid } },
        x: { ticks: { color: colours.text }, grid: { display: false } },
      },
    },
  };
}
