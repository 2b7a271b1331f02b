import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Kpi } from '@pathway/contracts';
import { PathwayChart } from '../core/charts/chart';
import { formatKpiValue, sparklineConfig, targetProgress, targetText, trendSummary } from './kpi-format';

/** One headline figure: the number, its target, a sparkline of the last twelve months, and a link to the report. */
@Component({
  selector: 'pw-kpi-card',
  imports: [MatCardModule, MatProgressBarModule, RouterLink, PathwayChart],
  template: `
    <mat-card appearance="outlined" class="kpi" [attr.data-kpi]="kpi().key">
      <mat-card-content>
        <h2 class="label">
          @if (path(); as path) {
            <a class="stretched" [routerLink]="path" [queryParams]="query()">{{ kpi().label }}</a>
          } @else {
            {{ kpi().label }}
          }
        </h2>
        <p class="value" data-testid="kpi-value">{{ value() }}</p>
        @if (target(); as target) {
          <p class="target">{{ target }}</p>
          <mat-progress-bar
            mode="determinate"
            [value]="progress()"
            [attr.aria-label]="kpi().label + ': ' + progress() + '% of target'"
          />
        }
        @if (sparkline(); as config) {
          <!-- Chart.js arrives after the figures, so the home page shows its numbers at once. -->
          @defer (on idle) {
            <pw-chart
              class="sparkline"
              [config]="config"
              [label]="'Trend of ' + kpi().label.toLowerCase() + ' over twelve months'"
              aria-hidden="true"
            />
          } @placeholder {
            <div class="sparkline"></div>
          }
          <p class="cdk-visually-hidden">{{ summary() }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
      /* Read back as the sparkline's colour: the browser resolves the theme token to plain rgb(). */
      color: var(--mat-sys-primary);
    }
    .kpi {
      position: relative;
      height: 100%;
      color: var(--mat-sys-on-surface);
    }
    .kpi:focus-within {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .label {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .label a {
      color: inherit;
      text-decoration: none;
    }
    .label a:hover {
      text-decoration: underline;
    }
    .label a:focus-visible {
      outline: none;
    }
    .stretched::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .value {
      margin: 0;
      font: var(--mat-sys-display-small);
      color: var(--mat-sys-on-surface);
    }
    .target {
      margin: 0 0 6px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .sparkline {
      --pw-chart-height: 48px;
      display: block;
      height: 48px;
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiCard {
  readonly kpi = input.required<Kpi>();

  protected readonly value = computed(() => formatKpiValue(this.kpi()));
  protected readonly target = computed(() => targetText(this.kpi()));
  protected readonly progress = computed(() => targetProgress(this.kpi()) ?? 0);
  protected readonly summary = computed(() => trendSummary(this.kpi()));
  /** The theme's primary colour as plain rgb(), known once the card is on the page. */
  private readonly colour = signal<string | null>(null);
  protected readonly sparkline = computed(() => {
    const colour = this.colour();
    return colour ? sparklineConfig(this.kpi(), colour) : null;
  });

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => this.colour.set(getComputedStyle(host).color));
  }
  /** The link's path and query apart, so `/feedback/concerns?x=1` routes correctly. */
  protected readonly path = computed(() => this.kpi().link?.split('?')[0] ?? null);
  protected readonly query = computed(() =>
    Object.fromEntries(new URLSearchParams(this.kpi().link?.split('?')[1] ?? '')),
  );
}
