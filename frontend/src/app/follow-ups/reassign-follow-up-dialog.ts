import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { FollowUpDto, hasPermission, Permission, ROLE_LABELS } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage } from '../core/api-error';
import { fieldError } from '../core/forms/field-error';
import { ReferenceStore } from '../reference/reference-store';
import { FollowUpDialogResult, isStale } from './follow-up-dialog-result';
import { FollowUpsApi } from './follow-ups-api';

/** Hands a follow-up to someone else in the team. */
@Component({
  selector: 'pw-reassign-follow-up-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatSelectModule],
  template: `
    <h2 mat-dialog-title>Reassign follow-up</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form">
        <p class="dialog-text">With {{ followUp.applicantName }}, now assigned to {{ followUp.assigneeName ?? 'nobody' }}.</p>
        @if (error()) {
          <p class="form-error" role="alert">{{ error() }}</p>
        }
        <mat-form-field>
          <mat-label>Assign to</mat-label>
          <mat-select formControlName="assigneeId" cdkFocusInitial>
            @for (person of people(); track person.id) {
              <mat-option [value]="person.id">{{ person.name }} ({{ roleLabels[person.role] }})</mat-option>
            }
          </mat-select>
          <mat-error>{{ fieldError(form.controls.assigneeId, 'Assignee') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Reassign</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignFollowUpDialog {
  protected readonly followUp = inject<FollowUpDto>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReassignFollowUpDialog, FollowUpDialogResult>>(MatDialogRef);
  private readonly api = inject(FollowUpsApi);
  private readonly reference = inject(ReferenceStore);

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly fieldError = fieldError;
  /** Only people who can act on a follow-up (officers and admins): managers read the team's, but cannot complete them. */
  protected readonly people = computed(() =>
    this.reference.owners().filter((person) => hasPermission(person.role, Permission.ApplicantsWrite)),
  );
  protected readonly form = new FormGroup({
    assigneeId: new FormControl(this.followUp.assigneeId, { nonNullable: true, validators: Validators.required }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal('');

  protected submit(): void {
    this.error.set('');
    const { assigneeId } = this.form.getRawValue();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (assigneeId === this.followUp.assigneeId) {
      this.dialogRef.close(undefined);
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    this.api.update(this.followUp.id, { version: this.followUp.version, assigneeId }).subscribe({
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
