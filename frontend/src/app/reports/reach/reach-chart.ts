import { ReachReport } from '@pathway/contracts';
import { chartColours, PathwayChartConfig } from '../../core/charts/chart';

/** Grouped bars per campaign: young people, educators and others reached. */
export function reachChart(byCampaign: ReachReport['byCampaign'], colours = chartColours()): PathwayChartConfig {
  const series = [
    { label: 'Young people', value: (row: ReachReport['byCampaign'][number]) => row.youngPeople },
    { label: 'Educators', value: (row: ReachReport['byCampaign'][number]) => row.educators },
    { label: 'Others', value: (row: ReachReport['byCampaign'][number]) => row.others },
  ];
  return {
    type: 'bar',
    data: {
      labels: byCampaign.map((row) => row.campaignName),
      datasets: series.map((item, index) => ({
        label: item.label,
        data: byCampaign.map(item.value),
        backgroundColor: colours.series[index],
      })),
    },
    options: {
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0, color: colours.text }, grid: { color: colours.grid } },
        x: { ticks: { color: colours.text }, grid: { display: false } },
      },
    },
  };
}
