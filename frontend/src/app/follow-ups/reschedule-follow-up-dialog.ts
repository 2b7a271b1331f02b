import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FollowUpDto } from '@pathway/contracts';
import { combineDayAndTime, dayOf, TIME_OF_DAY, timeOf } from '../conversations/day-and-time';
import { applyApiFieldErrors, errorMessage } from '../core/api-error';
import { provideBritishDates } from '../core/format/british-date-adapter';
import { fieldError, matching } from '../core/forms/field-error';
import { FollowUpDialogResult, isStale } from './follow-up-dialog-result';
import { FollowUpsApi } from './follow-ups-api';

/** Moves a follow-up to another day and time. */
@Component({
  selector: 'pw-reschedule-follow-up-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatDatepickerModule, MatFormFieldModule, MatInputModule],
  providers: [provideBritishDates()],
  template: `
    <h2 mat-dialog-title>Reschedule follow-up</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form follow-up-dialog">
        <p class="dialog-text">With {{ followUp.applicantName }}.</p>
        @if (error()) {
          <p class="form-error" role="alert">{{ error() }}</p>
        }
        <div class="when">
          <mat-form-field class="day">
            <mat-label>Due date</mat-label>
            <input matInput [matDatepicker]="picker" formControlName="day" autocomplete="off" required cdkFocusInitial />
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-error>{{ fieldError(form.controls.day, 'Due date') }}</mat-error>
          </mat-form-field>
          <mat-form-field class="time">
            <mat-label>Due time</mat-label>
            <input matInput type="time" formControlName="time" required />
            <mat-error>{{ fieldError(form.controls.time, 'Due time') }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Reschedule</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './follow-up-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RescheduleFollowUpDialog {
  protected readonly followUp = inject<FollowUpDto>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RescheduleFollowUpDialog, FollowUpDialogResult>>(MatDialogRef);
  private readonly api = inject(FollowUpsApi);

  protected readonly fieldError = fieldError;
  protected readonly form = inject(NonNullableFormBuilder).group({
    day: [dayOf(new Date(this.followUp.dueAt)) as Date | null, Validators.required],
    time: [timeOf(new Date(this.followUp.dueAt)), [Validators.required, matching(TIME_OF_DAY, 'Enter a time like 14:30')]],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal('');

  protected submit(): void {
    this.error.set('');
    const { day, time } = this.form.getRawValue();
    const dueAt = combineDayAndTime(day, time);
    if (this.form.invalid || !dueAt) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    this.api.update(this.followUp.id, { version: this.followUp.version, dueAt: dueAt.toISOString() }).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        if (isStale(error)) {
          this.dialogRef.close('stale');
        } else if (!applyApiFieldErrors(this.form, error, { dueAt: 'day' })) {
          this.error.set(errorMessage(error));
        }
      },
    });
  }
}
