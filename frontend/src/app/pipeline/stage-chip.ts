import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { Stage, STAGE_LABELS } from '@pathway/contracts';

/** A stage as a small coloured chip; the colours deepen as a person gets closer to enrolling. */
@Component({
  selector: 'pw-stage-chip',
  imports: [MatChipsModule],
  template: `<mat-chip disableRipple>{{ label() }}</mat-chip>`,
  styles: `
    :host {
      display: inline-block;
      --mat-chip-container-height: 26px;
      --mat-chip-outline-width: 0;
      --mat-chip-label-text-size: 0.8125rem;
      --mat-chip-elevated-container-color: var(--mat-sys-surface-container-highest);
      --mat-chip-label-text-color: var(--mat-sys-on-surface);
    }
    :host(.stage-engaged) {
      --mat-chip-elevated-container-color: var(--mat-sys-secondary-container);
      --mat-chip-label-text-color: var(--mat-sys-on-secondary-container);
    }
    :host(.stage-serious_conversation) {
      --mat-chip-elevated-container-color: var(--mat-sys-tertiary-container);
      --mat-chip-label-text-color: var(--mat-sys-on-tertiary-container);
    }
    :host(.stage-applied) {
      --mat-chip-elevated-container-color: color-mix(in srgb, var(--mat-sys-primary) 22%, var(--mat-sys-surface));
      --mat-chip-label-text-color: var(--mat-sys-on-primary-container);
    }
    :host(.stage-offer) {
      --mat-chip-elevated-container-color: var(--mat-sys-primary);
      --mat-chip-label-text-color: var(--mat-sys-on-primary);
    }
    :host(.stage-enrolled) {
      --mat-chip-elevated-container-color: var(--mat-sys-tertiary);
      --mat-chip-label-text-color: var(--mat-sys-on-tertiary);
    }
    :host(.stage-closed) {
      --mat-chip-outline-width: 1px;
      --mat-chip-outline-color: var(--mat-sys-outline);
      --mat-chip-elevated-container-color: transparent;
      --mat-chip-label-text-color: var(--mat-sys-on-surface-variant);
    }
    .mat-mdc-chip {
      margin: 0;
    }
  `,
  host: { '[class]': '"stage-" + stage()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageChip {
  readonly stage = input.required<Stage>();
  protected readonly label = computed(() => STAGE_LABELS[this.stage()]);
}
