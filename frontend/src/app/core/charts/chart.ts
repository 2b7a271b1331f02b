import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only what Pathway draws (bars and lines), so the rest of Chart.js stays out of the bundle.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  Filler,
);

export type PathwayChartConfig = ChartConfiguration<'bar' | 'line'>;

/** Theme colours for series, read from the Material system tokens so charts match the app. */
export function chartColours(element: Element = document.documentElement): {
  series: string[];
  grid: string;
  text: string;
} {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => resolveColour(style.getPropertyValue(name).trim()) || fallback;
  return {
    series: [
      token('--mat-sys-primary', '#006a6a'),
      token('--mat-sys-tertiary', '#8b5000'),
      token('--mat-sys-secondary', '#4a6363'),
      '#6b4fa0',
      '#b3261e',
      '#2e7d32',
    ],
    grid: token('--mat-sys-outline-variant', '#c4c7c7'),
    text: token('--mat-sys-on-surface-variant', '#444'),
  };
}

/**
 * A theme token as a colour a canvas understands: Material's tokens may be `light-dark(…)` or other CSS that Chart.js
 * cannot parse (it would draw black), so the browser resolves it to `rgb(…)` first.
 */
function resolveColour(value: string): string {
  if (!value || !document.body) return value;
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.appendChild(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved || value;
}

/**
 * A Chart.js chart on a canvas. The canvas is an image with a text alternative (`label`); every chart in Pathway
 * also has a table of the same figures beside it, so nothing is only readable as a picture.
 * The chart is drawn again whenever `config` changes, and destroyed with the component.
 */
@Component({
  selector: 'pw-chart',
  template: `<canvas #canvas role="img" [attr.aria-label]="label()"></canvas>`,
  styles: `
    :host {
      display: block;
      position: relative;
      height: var(--pw-chart-height, 260px);
      min-width: 0;
    }
    canvas {
      max-width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PathwayChart {
  readonly config = input.required<PathwayChartConfig>();
  /** What the chart shows, for people who cannot see it. */
  readonly label = input.required<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar' | 'line'> | null = null;

  constructor() {
    afterRenderEffect(() => {
      const config = this.config();
      this.chart?.destroy();
      this.chart = null;
      const canvas = this.canvas().nativeElement;
      if (!canvas.getContext('2d')) return; // no canvas support: the table beside the chart still has the figures
      const colours = chartColours();
      this.chart = new Chart(canvas, {
        ...config,
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          color: colours.text,
          ...config.options,
        },
      });
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
