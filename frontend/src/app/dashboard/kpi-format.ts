import { Kpi } from '@pathway/contracts';
import type { PathwayChartConfig } from '../core/charts/chart';

const COUNT = new Intl.NumberFormat('en-GB');
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The big number on a card: a count with thousands separators, a rate as a whole percentage, or a dash. */
export function formatKpiValue(kpi: Pick<Kpi, 'value' | 'unit'>): string {
  if (kpi.value === null) return '–';
  return kpi.unit === 'rate' ? `${Math.round(kpi.value * 100)}%` : COUNT.format(kpi.value);
}

/** How far the value has come towards its target, 0–100 for a progress bar; null without a target. */
export function targetProgress(kpi: Pick<Kpi, 'value' | 'target'>): number | null {
  if (!kpi.target || kpi.target <= 0) return null;
  return Math.min(100, Math.round(((kpi.value ?? 0) / kpi.target) * 100));
}

/** "of target 1,400" under the number, when there is a target. */
export function targetText(kpi: Pick<Kpi, 'target' | 'unit'>): string | null {
  if (kpi.target === null || kpi.target === undefined) return null;
  return `of target ${formatKpiValue({ value: kpi.target, unit: kpi.unit })}`;
}

/** `2026-03` as "Mar 2026". */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** The trend in words, for people who cannot see the sparkline; null when the figure has no trend. */
export function trendSummary(kpi: Pick<Kpi, 'trend' | 'unit'>): string | null {
  const points = kpi.trend ?? [];
  if (points.length === 0) return null;
  const shown = points.filter((point): point is { month: string; value: number } => point.value !== null);
  const first = monthLabel(points[0].month);
  const last = monthLabel(points[points.length - 1].month);
  if (shown.length === 0) return `No figures from ${first} to ${last}.`;
  const highest = shown.reduce((best, point) => (point.value > best.value ? point : best));
  const value = (point: { value: number }) => formatKpiValue({ value: point.value, unit: kpi.unit });
  return (
    `From ${first} to ${last}, month by month: ${points.map((point) => (point.value === null ? 'hidden' : value({ value: point.value }))).join(', ')}. ` +
    `Highest ${value(highest)} in ${monthLabel(highest.month)}.`
  );
}

/** A CSS colour as the browser computes it (`rgb(r, g, b)`) made see-through, for the area under a sparkline. */
export function withAlpha(colour: string, alpha: number): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour.trim());
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : colour;
}

/** A bare line chart of the trend: no axes, legend, points or tooltips, just the shape. */
export function sparklineConfig(kpi: Pick<Kpi, 'trend'>, colour = 'rgb(0, 104, 116)'): PathwayChartConfig | null {
  const points = kpi.trend ?? [];
  if (points.length < 2) return null;
  return {
    type: 'line',
    data: {
      labels: points.map((point) => point.month),
      datasets: [
        {
          data: points.map((point) => point.value),
          borderColor: colour,
          backgroundColor: withAlpha(colour, 0.15),
          borderWidth: 2,
          fill: true,
          pointRadius: 0,
          tension: 0.3,
        },
      ],
    },
    options: {
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { display: false }, y: { display: false, beginAtZero: true } },
      events: [],
    },
  };
}

/** "Good morning, Sam" by the hour where the person is. */
export function greeting(name: string | undefined, now = new Date()): string {
  const hour = now.getHours();
  const part = hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
  const first = name?.trim().split(/\s+/)[0];
  return first ? `${part}, ${first}` : part;
}
