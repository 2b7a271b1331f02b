import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SurveyInvitationStatus } from '@pathway/contracts';

export const SURVEY_STATUS_LABELS: Record<SurveyInvitationStatus, string> = {
  not_invited: 'Not invited',
  invited: 'Invited',
  answered: 'Answered',
  expired: 'Expired',
};

/** Whether a placement's feedback survey was sent and answered (never what was answered). */
@Component({
  selector: 'pw-survey-status-chip',
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 8px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      outline: 1px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.survey-invited) {
      outline: 0;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    :host(.survey-answered) {
      outline: 0;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.survey-expired) {
      outline: 0;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  host: { '[class]': '"survey-" + status()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyStatusChip {
  readonly status = input.required<SurveyInvitationStatus>();
  protected readonly label = computed(() => SURVEY_STATUS_LABELS[this.status()]);
}
