import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogConfig, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { ConversationDto, ConversationLoggedDto } from '@pathway/contracts';
import { filter, Observable, switchMap, tap } from 'rxjs';
import { errorMessage } from '../core/api-error';
import { ConfirmDialog, ConfirmDialogData } from '../core/confirm-dialog/confirm-dialog';
import { ConversationsApi } from './conversations-api';
import { LogConversationForm } from './log-conversation-form';

export interface LogConversationDialogData {
  applicantId: string;
  applicantName: string;
  doNotContact?: boolean;
  /** Correct this conversation instead of logging a new one. */
  conversation?: ConversationDto;
  /** The person may delete it (their own, or an admin) — offered only while it does not count as serious. */
  mayDelete?: boolean;
}

/** What the dialog closes with: the saved conversation, `'deleted'`, or nothing when cancelled. */
export type LogConversationDialogResult = ConversationLoggedDto | 'deleted' | undefined;

/** The log form for one known person, in a dialog; also corrects (or deletes) a conversation already logged. */
@Component({
  selector: 'pw-log-conversation-dialog',
  imports: [MatDialogModule, MatButtonModule, LogConversationForm],
  template: `
    <h2 mat-dialog-title>{{ title }}</h2>
    <mat-dialog-content>
      <pw-log-conversation-form
        #logForm
        [applicantId]="data.applicantId"
        [doNotContact]="data.doNotContact ?? false"
        [existing]="data.conversation ?? null"
        (logged)="dialogRef.close($event)"
      />
      @if (deleteError()) {
        <p class="delete-error" role="alert">{{ deleteError() }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (canDelete) {
        <button mat-button type="button" class="danger delete" [disabled]="deleting()" (click)="remove()">
          Delete
        </button>
      }
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="submit" [attr.form]="logForm.formId" [disabled]="logForm.saving()">
        {{ data.conversation ? 'Save correction' : 'Log conversation' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .delete {
      margin-right: auto;
    }
    .danger {
      --mat-button-text-label-text-color: var(--mat-sys-error);
    }
    .delete-error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogConversationDialog {
  protected readonly data = inject<LogConversationDialogData>(MAT_DIALOG_DATA);
  protected readonly dialogRef = inject<MatDialogRef<LogConversationDialog, LogConversationDialogResult>>(MatDialogRef);
  private readonly api = inject(ConversationsApi);
  private readonly dialog = inject(MatDialog);

  protected readonly title = this.data.conversation
    ? `Correct the conversation with ${this.data.applicantName}`
    : `Log a conversation with ${this.data.applicantName}`;
  protected readonly canDelete =
    !!this.data.conversation && !this.data.conversation.serious && this.data.mayDelete === true;
  protected readonly deleting = signal(false);
  protected readonly deleteError = signal('');

  /** Asks first; a deleted conversation is gone from the timeline and the counts. */
  protected remove(): void {
    const conversation = this.data.conversation;
    if (!conversation || this.deleting()) return;
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        role: 'alertdialog',
        width: '440px',
        maxWidth: '95vw',
        data: {
          title: 'Delete this conversation?',
          message: 'It does not count as serious, so nothing else depends on it. This cannot be undone.',
          confirmLabel: 'Delete',
        },
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        tap(() => {
          this.deleting.set(true);
          this.deleteError.set('');
        }),
        switchMap(() => this.api.remove(conversation.id)),
      )
      .subscribe({
        next: () => this.dialogRef.close('deleted'),
        error: (error: unknown) => {
          this.deleting.set(false);
          this.deleteError.set(errorMessage(error));
        },
      });
  }
}

/** Focus starts on the dialog, not the date field, so that a phone does not open its keyboard straight away. */
const DIALOG_CONFIG: MatDialogConfig = { width: '560px', maxWidth: '100vw', autoFocus: 'dialog' };

/** Opens the dialog; emits what was saved, `'deleted'`, or `undefined` when the person cancelled. */
export function openLogConversationDialog(
  dialog: MatDialog,
  data: LogConversationDialogData,
): Observable<LogConversationDialogResult> {
  return dialog
    .open<LogConversationDialog, LogConversationDialogData, LogConversationDialogResult>(LogConversationDialog, {
      ...DIALOG_CONFIG,
      data,
    })
    .afterClosed();
}
