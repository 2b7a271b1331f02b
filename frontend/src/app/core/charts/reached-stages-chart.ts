import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PROGRESS_STAGES, ProgressStage, STAGE_LABELS } from '@pathway/contracts';

export interface ReachedStage {
  stage: ProgressStage;
  count: number;
}

export interface ReachedStageBar {
  stage: ProgressStage;
  label: string;
  count: number;
  /** The bar's length as a share of the longest one, 0–100. */
  width: number;
}

/** One bar per progress stage, in pipeline order, each as long as its count relative to the biggest. */
export function reachedStageBars(stages: readonly ReachedStage[]): ReachedStageBar[] {
  const counts = new Map(stages.map(({ stage, count }) => [stage, count]));
  const largest = Math.max(0, ...counts.values());
  return PROGRESS_STAGES.map((stage) => {
    const count = counts.get(stage) ?? 0;
    return { stage, label: STAGE_LABELS[stage], count, width: largest ? Math.round((count / largest) * 100) : 0 };
  });
}

/**
 * How far people got: a small bar chart in plain CSS, readable as a list of "stage: count" by screen readers.
 * The bars themselves are decoration.
 */
@Component({
  selector: 'pw-reached-stages-chart',
  template: `
    <ol class="bars" [attr.aria-label]="label()">
      @for (bar of bars(); track bar.stage) {
        <li class="bar-row">
          <span class="stage">{{ bar.label }}</span>
          <span class="track" aria-hidden="true"
            ><span class="bar" [class.none]="!bar.count" [style.width.%]="bar.width"></span
          ></span>
          <span class="count">{{ bar.count }}</span>
        </li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .bars {
      display: grid;
      grid-template-columns: minmax(96px, max-content) 1fr minmax(3ch, max-content);
      gap: 8px 12px;
      align-items: center;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .bar-row {
      display: contents;
    }
    .stage {
      font: var(--mat-sys-body-medium);
    }
    .track {
      height: 14px;
      border-radius: 7px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .bar {
      display: block;
      height: 100%;
      min-width: 2px;
      border-radius: 7px;
      background: var(--mat-sys-primary);
    }
    .bar.none {
      min-width: 0;
    }
    .count {
      font: var(--mat-sys-title-small);
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    @media print {
      .bar {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReachedStagesChart {
  readonly stages = input.required<readonly ReachedStage[]>();
  /** What the list is, for screen readers ("How far attendees got"). */
  readonly label = input.required<string>();
  protected readonly bars = computed(() => reachedStageBars(this.stages()));
}
