import { DomainScore, SURVEY_DOMAIN_LABELS } from '@pathway/contracts';
import { chartColours, PathwayChartConfig } from '../../core/charts/chart';
import { scaleOf } from '../../feedback/dashboard/experience-bars';
import { SUPPRESSED_TEXT } from '../../feedback/reports/suppressed';

/** The domains answered on the 1–5 scale, which can share one axis (yes/no and 0–10 questions are in the table). */
export function likertDomains(domains: readonly DomainScore[]): DomainScore[] {
  return domains.filter((score) => score.domain !== 'comments' && scaleOf(score) === 'likert');
}

/** Mean score (1–5) per domain; a suppressed domain has no bar and says so in its label. */
export function experienceChart(domains: readonly DomainScore[], colours = chartColours()): PathwayChartConfig {
  const shown = likertDomains(domains);
  const hidden = (score: DomainScore) => score.mean.suppressed || score.mean.value === null;
  return {
    type: 'bar',
    data: {
      labels: shown.map((score) =>
        hidden(score)
          ? `${SURVEY_DOMAIN_LABELS[score.domain]} (${SUPPRESSED_TEXT})`
          : SURVEY_DOMAIN_LABELS[score.domain],
      ),
      datasets: [
        {
          label: 'Mean score out of 5',
          data: shown.map((score) => (hidden(score) ? null : score.mean.value)),
          backgroundColor: colours.series[1],
        },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: {
        x: { min: 0, max: 5, ticks: { color: colours.text }, grid: { color: colours.grid } },
        y: { ticks: { color: colours.text }, grid: { display: false } },
      },
    },
  };
}
