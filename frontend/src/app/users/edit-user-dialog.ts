import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ROLE_LABELS, ROLES, UpdateUserRequest, UserDto } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage, hasErrorCode } from '../core/api-error';
import { fieldError } from '../core/forms/field-error';
import { NAME_MAX_LENGTH } from './create-user-dialog';
import type { UserDialogResult } from './user-actions';
import { UsersApi } from './users-api';

/** Changes a user's name and role; sends the row's version so that a concurrent change is not overwritten. */
@Component({
  selector: 'pw-edit-user-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  templateUrl: './edit-user-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditUserDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<EditUserDialog, UserDialogResult>>(MatDialogRef);
  protected readonly user = inject<UserDto>(MAT_DIALOG_DATA);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly fieldError = fieldError;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.user.name, [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    role: [this.user.role, Validators.required],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly stale = signal(false);

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, role } = this.form.getRawValue();
    const changes: UpdateUserRequest = { version: this.user.version };
    if (name.trim() !== this.user.name) {
      changes.name = name.trim();
    }
    if (role !== this.user.role) {
      changes.role = role;
    }
    if (changes.name === undefined && changes.role === undefined) {
      this.dialogRef.close();
      return;
    }
    this.saving.set(true);
    this.api.update(this.user.id, changes).subscribe({
      next: (user) => this.dialogRef.close(user),
      error: (error: unknown) => {
        this.saving.set(false);
        this.stale.set(hasErrorCode(error, 'stale_version'));
        // "Last admin" explains itself best as the API's whole sentence, not as a fragment under the Role field.
        if (hasErrorCode(error, 'last_admin') || !applyApiFieldErrors(this.form, error)) {
          this.error.set(errorMessage(error));
        }
      },
    });
  }

  protected reload(): void {
    this.dialogRef.close('reload');
  }
}
