import { ChangeDetectionStrategy, Component, effect, input, output, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  STUDENT_STATUS_LABELS,
  STUDENT_STATUSES,
  StudentStatus,
  WITHDRAWAL_REASON_LABELS,
  WITHDRAWAL_REASONS,
  WithdrawalReason,
} from '@pathway/contracts';
import { fieldError } from '../../core/forms/field-error';
import type { StatusChange } from './student-detail-store';

/** Changes a student's status; a withdrawal needs a reason, and an optional note is kept in the history. */
@Component({
  selector: 'pw-status-change-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, MatInputModule, MatButtonModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="status-change-heading">
      <h3 id="status-change-heading" class="heading">Change status</h3>
      <mat-form-field>
        <mat-label>New status</mat-label>
        <mat-select formControlName="status">
          @for (status of statuses; track status) {
            <mat-option [value]="status" [disabled]="status === current()">{{ statusLabels[status] }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ fieldError(form.controls.status, 'New status') }}</mat-error>
      </mat-form-field>
      @if (chosen() === 'withdrawn') {
        <mat-form-field>
          <mat-label>Reason for withdrawing</mat-label>
          <mat-select formControlName="withdrawalReason">
            @for (reason of reasons; track reason) {
              <mat-option [value]="reason">{{ reasonLabels[reason] }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ fieldError(form.controls.withdrawalReason, 'Reason for withdrawing') }}</mat-error>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>Note (optional)</mat-label>
        <textarea matInput formControlName="note" rows="2"></textarea>
        <mat-hint>Kept in the status history</mat-hint>
        <mat-error>{{ fieldError(form.controls.note, 'Note') }}</mat-error>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="saving()">Save status</button>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .heading {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    button {
      align-self: flex-start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChangeForm {
  readonly current = input.required<StudentStatus>();
  readonly saving = input(false);
  readonly save = output<StatusChange>();

  protected readonly statuses = STUDENT_STATUSES;
  protected readonly statusLabels = STUDENT_STATUS_LABELS;
  protected readonly reasons = WITHDRAWAL_REASONS;
  protected readonly reasonLabels = WITHDRAWAL_REASON_LABELS;
  protected readonly fieldError = fieldError;
  /** Exposed so that the page can put the API's field errors on it. */
  readonly form = new FormGroup({
    status: new FormControl<StudentStatus | null>(null, Validators.required),
    withdrawalReason: new FormControl<WithdrawalReason | null>(null),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(500) }),
  });
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly chosen = toSignal(this.form.controls.status.valueChanges, { initialValue: null });

  constructor() {
    // A saved change (or a reload) starts the form again.
    effect(() => {
      this.current();
      // resetForm also forgets the submission, so the emptied "New status" does not show as an error.
      const blank = { status: null, withdrawalReason: null, note: '' };
      untracked(() => {
        const directive = this.formDirective();
        if (directive?.form) directive.resetForm(blank);
        else this.form.reset(blank);
      });
    });
    this.form.controls.status.valueChanges.subscribe((status) => {
      const reason = this.form.controls.withdrawalReason;
      reason.setValidators(status === 'withdrawn' ? Validators.required : null);
      reason.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected submit(): void {
    const { status, withdrawalReason, note } = this.form.getRawValue();
    if (this.form.invalid || !status) {
      this.form.markAllAsTouched();
      return;
    }
    this.save.emit({
      status,
      withdrawalReason: status === 'withdrawn' ? withdrawalReason : null,
      statusNote: note.trim() || null,
    });
  }
}
