import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CampaignDto } from '@pathway/contracts';
import { targetProgress } from './campaign-progress';

/** A campaign's figures against its targets, one labelled progress bar each. */
@Component({
  selector: 'pw-campaign-progress-bars',
  imports: [MatProgressBarModule],
  template: `
    <ul class="rows">
      @for (row of rows(); track row.key) {
        <li class="row" [class.met]="row.percent !== null && row.percent >= 100">
          <span class="label">{{ row.label }}</span>
          <span class="figures">
            {{ row.text }}
            @if (row.percent !== null) {
              <span class="percent">{{ row.percent }}%</span>
            } @else {
              <span class="percent">No target</span>
            }
          </span>
          @if (row.target !== null) {
            <mat-progress-bar
              class="bar"
              mode="determinate"
              [value]="row.bar"
              [attr.aria-label]="row.label"
              [attr.aria-valuetext]="row.description"
            />
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .rows {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .row {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 4px 12px;
    }
    .label {
      font: var(--mat-sys-body-medium);
    }
    .figures {
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .percent {
      margin-left: 6px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .bar {
      grid-column: 1 / -1;
      height: 8px;
      border-radius: 4px;
      --mat-progress-bar-track-height: 8px;
      --mat-progress-bar-active-indicator-height: 8px;
      --mat-progress-bar-track-shape: 4px;
    }
    .met .bar {
      --mat-progress-bar-active-indicator-color: var(--mat-sys-tertiary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignProgressBars {
  readonly campaign = input.required<Pick<CampaignDto, 'targets' | 'progress'>>();
  protected readonly rows = computed(() => targetProgress(this.campaign()));
}
