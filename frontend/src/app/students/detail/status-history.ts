import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { STUDENT_STATUS_LABELS, StudentStatusChangeDto, WITHDRAWAL_REASON_LABELS } from '@pathway/contracts';
import { DateTimePipe } from '../../core/format/date-time.pipe';

/** Every status the student has had, newest first, with who changed it and why. */
@Component({
  selector: 'pw-status-history',
  imports: [DateTimePipe],
  template: `
    @if (changes().length) {
      <ol class="history" aria-label="Status history">
        @for (change of changes(); track change.id) {
          <li class="entry">
            <p class="what">
              @if (change.from) {
                {{ statusLabels[change.from] }} → <strong>{{ statusLabels[change.to] }}</strong>
              } @else {
                Started as <strong>{{ statusLabels[change.to] }}</strong>
              }
              @if (change.withdrawalReason) {
                <span> · Reason: {{ reasonLabels[change.withdrawalReason] }}</span>
              }
            </p>
            @if (change.note) {
              <p class="note">“{{ change.note }}”</p>
            }
            <p class="when">
              <time [attr.datetime]="change.at">{{ change.at | pwDateTime }}</time>
              @if (change.byName) {
                · by {{ change.byName }}
              }
            </p>
          </li>
        }
      </ol>
    } @else {
      <p class="empty">No status changes recorded.</p>
    }
  `,
  styles: `
    .history {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .entry {
      position: relative;
      padding: 0 0 16px 20px;
      border-left: 2px solid var(--mat-sys-outline-variant);
    }
    .entry::before {
      content: '';
      position: absolute;
      left: -7px;
      top: 4px;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .entry:last-child {
      padding-bottom: 0;
    }
    p {
      margin: 0;
    }
    .note {
      font: var(--mat-sys-body-medium);
      font-style: italic;
    }
    .when,
    .empty {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusHistory {
  readonly changes = input.required<StudentStatusChangeDto[]>();
  protected readonly statusLabels = STUDENT_STATUS_LABELS;
  protected readonly reasonLabels = WITHDRAWAL_REASON_LABELS;
}
