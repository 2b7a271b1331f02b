import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Stage, STAGE_LABELS, STAGES } from '@pathway/contracts';
import { classifyMove } from '@pathway/domain';

export interface StageOption {
  stage: Stage;
  label: string;
  /** Shown beside the stage: why choosing it will ask a question. */
  note: string;
}

/** Every stage but the current one, saying which moves will ask for a reason. */
export function stageOptions(current: Stage): StageOption[] {
  return STAGES.filter((stage) => stage !== current).map((stage) => {
    const kind = classifyMove(current, stage);
    const note = kind === 'close' ? 'asks for a reason' : kind === 'backward' ? 'moving back: asks why' : '';
    return { stage, label: kind === 'reopen' ? `Reopen at ${STAGE_LABELS[stage]}` : STAGE_LABELS[stage], note };
  });
}

/** "Move to stage": a menu of the other stages. */
@Component({
  selector: 'pw-stage-move-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    <button mat-flat-button type="button" [matMenuTriggerFor]="menu" [disabled]="disabled()">
      <mat-icon>move_down</mat-icon>
      Move to stage
    </button>
    <mat-menu #menu="matMenu">
      @for (option of options(); track option.stage) {
        <button mat-menu-item type="button" (click)="move.emit(option.stage)">
          <span>{{ option.label }}</span>
          @if (option.note) {
            <span class="note"> · {{ option.note }}</span>
          }
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .note {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageMoveMenu {
  readonly stage = input.required<Stage>();
  readonly disabled = input(false);
  readonly move = output<Stage>();

  protected readonly options = computed(() => stageOptions(this.stage()));
}
