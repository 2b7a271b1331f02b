import { FunnelStageDto, STAGE_LABELS } from '@pathway/contracts';
import { chartColours, PathwayChartConfig } from '../../core/charts/chart';

/** Horizontal bars of the people who reached each stage, first stage at the top. */
export function funnelChart(stages: FunnelStageDto[], colours = chartColours()): PathwayChartConfig {
  return {
    type: 'bar',
    data: {
      labels: stages.map((stage) => STAGE_LABELS[stage.stage]),
      datasets: [
        {
          label: 'People reaching the stage',
          data: stages.map((stage) => stage.reached),
          backgroundColor: colours.series[0],
        },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0, color: colours.text }, grid: { color: colours.grid } },
        y: { ticks: { color: colours.text }, grid: { display: false } },
      },
    },
  };
}
