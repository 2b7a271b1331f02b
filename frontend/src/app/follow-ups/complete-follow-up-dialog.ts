import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FollowUpDto } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage } from '../core/api-error';
import { fieldError } from '../core/forms/field-error';
import { followUpTypeLabel } from './follow-up-format';
import { FollowUpDialogResult, isStale } from './follow-up-dialog-result';
import { FollowUpsApi } from './follow-ups-api';

export const OUTCOME_MAX_LENGTH = 2000;
/** One tap for what usually happens; the text stays editable. */
export const COMMON_OUTCOMES = ['Spoke to them', 'Left a message', 'Sent the information', 'No answer'] as const;

/** Asks what happened, then marks the follow-up done with that outcome. */
@Component({
  selector: 'pw-complete-follow-up-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Complete follow-up</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form">
        <p class="dialog-text">{{ typeLabel }} with {{ followUp.applicantName }}. What happened?</p>
        @if (error()) {
          <p class="form-error" role="alert">{{ error() }}</p>
        }
        <div class="suggestions" role="group" aria-label="Common outcomes">
          @for (suggestion of suggestions; track suggestion) {
            <button mat-stroked-button type="button" (click)="outcome.setValue(suggestion)">{{ suggestion }}</button>
          }
        </div>
        <mat-form-field>
          <mat-label>Outcome</mat-label>
          <textarea matInput formControlName="outcome" rows="3" cdkFocusInitial required></textarea>
          <mat-error>{{ fieldError(outcome, 'Outcome') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Mark as done</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .suggestions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompleteFollowUpDialog {
  protected readonly followUp = inject<FollowUpDto>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<CompleteFollowUpDialog, FollowUpDialogResult>>(MatDialogRef);
  private readonly api = inject(FollowUpsApi);

  protected readonly typeLabel = followUpTypeLabel(this.followUp.type);
  protected readonly suggestions = COMMON_OUTCOMES;
  protected readonly fieldError = fieldError;
  protected readonly outcome = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(OUTCOME_MAX_LENGTH)],
  });
  protected readonly form = new FormGroup({ outcome: this.outcome });
  protected readonly saving = signal(false);
  protected readonly error = signal('');

  protected submit(): void {
    this.error.set('');
    if (this.outcome.invalid || !this.outcome.value.trim()) {
      this.outcome.setErrors({ required: true });
      this.outcome.markAsTouched();
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    const { id, version } = this.followUp;
    this.api.update(id, { version, status: 'done', outcome: this.outcome.value.trim() }).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        if (isStale(error)) {
          this.dialogRef.close('stale');
        } else if (!applyApiFieldErrors(this.form, error)) {
          this.error.set(errorMessage(error));
        }
      },
    });
  }
}
