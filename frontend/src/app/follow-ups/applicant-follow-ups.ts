import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MAX_PAGE_SIZE } from '@pathway/contracts';
import { errorMessage } from '../core/api-error';
import { FollowUpActions } from './follow-up-actions';
import { FollowUpItem } from './follow-up-item';
import { FollowUpsApi } from './follow-ups-api';

/** The open follow-ups for one applicant, on their record, with Complete and "Plan follow-up". */
@Component({
  selector: 'pw-applicant-follow-ups',
  imports: [MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, FollowUpItem],
  providers: [FollowUpActions],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title><h2 class="card-title">Follow-ups</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (followUps.isLoading() && !items().length) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading follow-ups" />
        } @else if (followUps.error(); as error) {
          <p class="empty" role="alert">{{ message(error) }}</p>
        } @else if (!items().length) {
          <p class="empty">No open follow-ups.</p>
        }
        <ul class="items">
          @for (followUp of items(); track followUp.id) {
            <li>
              <pw-follow-up-item
                [followUp]="followUp"
                [readOnly]="!canWrite()"
                [linkApplicant]="false"
                [showAssignee]="true"
                (complete)="actions.complete($event)"
                (reschedule)="actions.reschedule($event)"
                (reassign)="actions.reassign($event)"
                (cancelFollowUp)="actions.cancel($event)"
              />
            </li>
          }
        </ul>
      </mat-card-content>
      @if (canWrite()) {
        <mat-card-actions>
          <button mat-stroked-button type="button" (click)="plan()">
            <mat-icon>add_task</mat-icon>
            Plan follow-up
          </button>
        </mat-card-actions>
      }
    </mat-card>
  `,
  styles: `
    .card-title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .empty {
      margin: 8px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .items {
      margin: 0 -16px;
      padding: 0;
      list-style: none;
    }
    .items li + li {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantFollowUps {
  readonly applicantId = input.required<string>();
  readonly applicantName = input.required<string>();
  /** They withdrew consent: only "other" reminders can be planned. */
  readonly doNotContact = input(false);
  readonly canWrite = input(false);
  /** A follow-up was planned, completed or changed (the timeline has news). */
  readonly changed = output();

  protected readonly actions = inject(FollowUpActions);
  private readonly api = inject(FollowUpsApi);

  protected readonly followUps = rxResource({
    params: () => this.applicantId(),
    stream: ({ params }) => this.api.list({ applicantId: params, status: 'open', pageSize: MAX_PAGE_SIZE }),
  });
  protected readonly items = computed(() => (this.followUps.hasValue() ? this.followUps.value().items : []));
  protected readonly message = errorMessage;

  constructor() {
    this.actions.changed.pipe(takeUntilDestroyed()).subscribe(() => {
      this.followUps.reload();
      this.changed.emit();
    });
  }

  reload(): void {
    this.followUps.reload();
  }

  protected plan(): void {
    this.actions.plan({
      applicant: { id: this.applicantId(), name: this.applicantName(), doNotContact: this.doNotContact() },
    });
  }
}
