import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { STUDENT_STATUS_LABELS, StudentStatus } from '@pathway/contracts';

/** A student's status as a small coloured label: green while on course, amber when interrupted, red when withdrawn. */
@Component({
  selector: 'pw-student-status-chip',
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 8px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    :host(.status-active) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.status-interrupted) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.status-withdrawn) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.status-completed) {
      outline: 1px solid var(--mat-sys-outline);
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { '[class]': '"status-" + status()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StudentStatusChip {
  readonly status = input.required<StudentStatus>();
  protected readonly label = computed(() => STUDENT_STATUS_LABELS[this.status()]);
}
