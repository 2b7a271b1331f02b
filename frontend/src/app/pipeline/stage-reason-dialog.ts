import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CLOSE_REASON_LABELS, CLOSE_REASONS, Stage, STAGE_LABELS } from '@pathway/contracts';
import { checkMove, MAX_REASON_LENGTH } from '@pathway/domain';

export interface StageReasonDialogData {
  /** The applicant's full name. */
  name: string;
  from: Stage;
  to: Stage;
  /** Set when enrolling someone interested in several professions: the ones to choose from. */
  professions?: { code: string; name: string }[];
}

/** What the dialog closes with: the reason a move needs, or the profession someone enrolled on. */
export type StageMoveDetails = { reason: string } | { profession: string };

/**
 * Asks what a stage move needs: why a record moves back (free text), why it is closed (one of the close reasons),
 * or which profession someone enrolled on. Closes with the answer, or with nothing when cancelled. The pipeline rules
 * are checked here too, so the API's answer is never a surprise.
 */
@Component({
  selector: 'pw-stage-reason-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>{{ title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form">
        <p class="dialog-text">{{ explanation }}</p>
        @if (data.professions) {
          <mat-form-field>
            <mat-label>Profession they enrolled on</mat-label>
            <mat-select [formControl]="answer" cdkFocusInitial>
              @for (profession of data.professions; track profession.code) {
                <mat-option [value]="profession.code">{{ profession.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ problem() }}</mat-error>
          </mat-form-field>
        } @else if (closing) {
          <mat-form-field>
            <mat-label>Reason for closing</mat-label>
            <mat-select [formControl]="answer" cdkFocusInitial>
              @for (closeReason of closeReasons; track closeReason) {
                <mat-option [value]="closeReason">{{ closeReasonLabels[closeReason] }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ problem() }}</mat-error>
          </mat-form-field>
        } @else {
          <mat-form-field>
            <mat-label>Why is this moving back?</mat-label>
            <textarea matInput [formControl]="answer" rows="3" [maxlength]="maxLength" cdkFocusInitial></textarea>
            <mat-hint align="end">{{ answer.value.length }} / {{ maxLength }}</mat-hint>
            <mat-error>{{ problem() }}</mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">{{ confirmLabel }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageReasonDialog {
  protected readonly data = inject<StageReasonDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<StageReasonDialog, StageMoveDetails>>(MatDialogRef);

  protected readonly closing = this.data.to === 'closed';
  protected readonly title = this.data.professions
    ? `Enrol ${this.data.name}`
    : this.closing
      ? `Close ${this.data.name}’s record`
      : `Move ${this.data.name} back`;
  protected readonly explanation = this.data.professions
    ? 'They were interested in several professions. Their student record follows the one they enrolled on.'
    : `From ${STAGE_LABELS[this.data.from]} to ${STAGE_LABELS[this.data.to]}. The reason is kept in their timeline.`;
  protected readonly confirmLabel = this.data.professions ? 'Enrol' : this.closing ? 'Close record' : 'Move back';
  protected readonly closeReasons = CLOSE_REASONS;
  protected readonly closeReasonLabels = CLOSE_REASON_LABELS;
  protected readonly maxLength = MAX_REASON_LENGTH;
  protected readonly answer = new FormControl('', { nonNullable: true, validators: Validators.required });
  protected readonly form = new FormGroup({ answer: this.answer });

  protected problem(): string {
    if (this.answer.hasError('required')) {
      return this.data.professions
        ? 'Choose the profession they enrolled on'
        : this.closing
          ? 'Choose a reason for closing'
          : 'Say why this is moving back';
    }
    return String(this.answer.getError('invalid') ?? '');
  }

  protected submit(): void {
    const value = this.answer.value.trim();
    if (this.data.professions) {
      if (value) {
        this.dialogRef.close({ profession: value });
      } else {
        this.answer.markAsTouched();
      }
      return;
    }
    const problem = checkMove(this.data.from, this.data.to, value);
    if (problem) {
      this.answer.setErrors(value ? { invalid: `Reason ${problem.message}` } : { required: true });
      this.answer.markAsTouched();
      return;
    }
    this.dialogRef.close({ reason: value });
  }
}
