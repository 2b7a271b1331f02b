import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogConfig, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { ConversationLoggedDto } from '@pathway/contracts';
import { Observable } from 'rxjs';
import { LogConversationForm } from './log-conversation-form';

export interface LogConversationDialogData {
  applicantId: string;
  applicantName: string;
  doNotContact?: boolean;
}

/** The log form for one known person, in a dialog; closes with what the API answered. */
@Component({
  selector: 'pw-log-conversation-dialog',
  imports: [MatDialogModule, MatButtonModule, LogConversationForm],
  template: `
    <h2 mat-dialog-title>Log a conversation with {{ data.applicantName }}</h2>
    <mat-dialog-content>
      <pw-log-conversation-form
        #logForm
        [applicantId]="data.applicantId"
        [doNotContact]="data.doNotContact ?? false"
        (logged)="dialogRef.close($event)"
      />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="submit" [attr.form]="logForm.formId" [disabled]="logForm.saving()">
        Log conversation
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogConversationDialog {
  protected readonly data = inject<LogConversationDialogData>(MAT_DIALOG_DATA);
  protected readonly dialogRef = inject<MatDialogRef<LogConversationDialog, ConversationLoggedDto>>(MatDialogRef);
}

/** Focus starts on the dialog, not the date field, so that a phone does not open its keyboard straight away. */
const DIALOG_CONFIG: MatDialogConfig = { width: '560px', maxWidth: '100vw', autoFocus: 'dialog' };

/** Opens the dialog; emits what was logged, or `undefined` when the person cancelled. */
export function openLogConversationDialog(
  dialog: MatDialog,
  data: LogConversationDialogData,
): Observable<ConversationLoggedDto | undefined> {
  return dialog
    .open<LogConversationDialog, LogConversationDialogData, ConversationLoggedDto>(LogConversationDialog, {
      ...DIALOG_CONFIG,
      data,
    })
    .afterClosed();
}
