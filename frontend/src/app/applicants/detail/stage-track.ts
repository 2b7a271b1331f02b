import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { CLOSE_REASON_LABELS, CloseReason, PROGRESS_STAGES, Stage, STAGE_LABELS } from '@pathway/contracts';
import { progressIndex } from '@pathway/domain';

export function closeReasonLabel(reason: string | null): string {
  return reason ? (CLOSE_REASON_LABELS[reason as CloseReason] ?? reason) : 'no reason recorded';
}

/**
 * The six progress stages in a row, with those passed ticked and the current one highlighted; a closed record is
 * shown as its own state with the reason. It shows progress only: moves go through the "Move to stage" menu.
 */
@Component({
  selector: 'pw-stage-track',
  imports: [MatIconModule],
  template: `
    <ol class="track" [class.closed]="closed()" aria-label="Pipeline progress">
      @for (step of steps(); track step.stage; let index = $index) {
        <li class="step" [class.done]="step.done" [class.current]="step.current" [attr.aria-current]="step.current ? 'step' : null">
          <span class="marker" aria-hidden="true">
            @if (step.done) {
              <mat-icon>check</mat-icon>
            } @else {
              {{ index + 1 }}
            }
          </span>
          <span class="label">{{ step.label }}</span>
          @if (step.current) {
            <span class="cdk-visually-hidden">(current stage)</span>
          } @else if (step.done) {
            <span class="cdk-visually-hidden">(passed)</span>
          }
        </li>
      }
    </ol>
    @if (closed()) {
      <p class="closed-state" role="status">
        <mat-icon aria-hidden="true">block</mat-icon>
        <span><strong>Closed</strong>: {{ reasonLabel() }}</span>
      </p>
    }
  `,
  styleUrl: './stage-track.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageTrack {
  readonly stage = input.required<Stage>();
  readonly closeReason = input<string | null>(null);

  protected readonly closed = computed(() => this.stage() === 'closed');
  protected readonly reasonLabel = computed(() => closeReasonLabel(this.closeReason()));
  protected readonly steps = computed(() => {
    const current = progressIndex(this.stage());
    return PROGRESS_STAGES.map((stage, index) => ({
      stage,
      label: STAGE_LABELS[stage],
      done: current >= 0 && index < current,
      current: index === current,
    }));
  });
}
