import { ComponentType } from '@angular/cdk/portal';
import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { FollowUpDto } from '@pathway/contracts';
import { filter, Observable, Subject, switchMap } from 'rxjs';
import { errorMessage, isForCallerToExplain } from '../core/api-error';
import { ConfirmDialog, ConfirmDialogData } from '../core/confirm-dialog/confirm-dialog';
import { formatDate } from '../core/format/date.pipe';
import { CompleteFollowUpDialog } from './complete-follow-up-dialog';
import { FOLLOW_UP_DIALOG_SIZE, FollowUpDialogResult, isStale } from './follow-up-dialog-result';
import { followUpTypeLabel } from './follow-up-format';
import { FollowUpsApi } from './follow-ups-api';
import { OverdueFollowUps } from './overdue-follow-ups';
import { PlanFollowUpDialog, PlanFollowUpDialogData } from './plan-follow-up-dialog';
import { ReassignFollowUpDialog } from './reassign-follow-up-dialog';
import { RescheduleFollowUpDialog } from './reschedule-follow-up-dialog';

const STALE_MESSAGE = 'Someone else changed this follow-up meanwhile; the list now shows their change.';

/**
 * What a person can do to follow-ups, wherever they are listed. Each change is announced, the navigation's overdue
 * count refreshed, and `changed` emits so that the list showing them reloads. Provide it beside the list.
 */
@Injectable()
export class FollowUpActions {
  private readonly api = inject(FollowUpsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly overdue = inject(OverdueFollowUps);
  private readonly changes = new Subject<void>();

  readonly changed: Observable<void> = this.changes.asObservable();

  complete(followUp: FollowUpDto): void {
    this.openDialog(CompleteFollowUpDialog, followUp, () => `Follow-up with ${followUp.applicantName} done`);
  }

  reschedule(followUp: FollowUpDto): void {
    this.openDialog(RescheduleFollowUpDialog, followUp, (saved) => `Follow-up moved to ${formatDate(saved.dueAt)}`);
  }

  reassign(followUp: FollowUpDto): void {
    this.openDialog(
      ReassignFollowUpDialog,
      followUp,
      (saved) => `Follow-up reassigned to ${saved.assigneeName ?? 'someone else'}`,
    );
  }

  cancel(followUp: FollowUpDto): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        role: 'alertdialog',
        width: '440px',
        maxWidth: '95vw',
        data: {
          title: 'Cancel this follow-up?',
          message: `${followUpTypeLabel(followUp.type)} with ${followUp.applicantName}, due ${formatDate(followUp.dueAt)}. It will stay on their timeline as cancelled.`,
          confirmLabel: 'Cancel follow-up',
          cancelLabel: 'Keep it',
        },
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.update(followUp.id, { version: followUp.version, status: 'cancelled' })),
      )
      .subscribe({
        next: () => this.done('Follow-up cancelled'),
        error: (error: unknown) => this.failed(error),
      });
  }

  plan(data: PlanFollowUpDialogData = {}): void {
    this.dialog
      .open<PlanFollowUpDialog, PlanFollowUpDialogData, FollowUpDto>(PlanFollowUpDialog, {
        ...FOLLOW_UP_DIALOG_SIZE,
        data,
      })
      .afterClosed()
      .subscribe((saved) => saved && this.done(`Follow-up planned for ${formatDate(saved.dueAt)}`));
  }

  private openDialog<C>(
    component: ComponentType<C>,
    followUp: FollowUpDto,
    message: (saved: FollowUpDto) => string,
  ): void {
    this.dialog
      .open<C, FollowUpDto, FollowUpDialogResult>(component, { ...FOLLOW_UP_DIALOG_SIZE, data: followUp })
      .afterClosed()
      .subscribe((result) => {
        if (result === 'stale') {
          this.stale();
        } else if (result) {
          this.done(message(result));
        }
      });
  }

  private done(message: string): void {
    this.snackBar.open(message, 'Dismiss', { duration: 4000 });
    this.announceChange();
  }

  private stale(): void {
    this.snackBar.open(STALE_MESSAGE, 'Dismiss', { duration: 8000 });
    this.announceChange();
  }

  private failed(error: unknown): void {
    if (isStale(error)) {
      this.stale();
    } else if (isForCallerToExplain(error)) {
      this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
    }
  }

  private announceChange(): void {
    this.overdue.refresh();
    this.changes.next();
  }
}
