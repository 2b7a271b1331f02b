import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, UserDto } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage, hasErrorCode } from '../core/api-error';
import { fieldError } from '../core/forms/field-error';
import type { UserDialogResult } from './user-actions';
import { UsersApi } from './users-api';

/** Sets a new password for someone who lost theirs; the API ends all of their sessions. */
@Component({
  selector: 'pw-reset-password-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule],
  templateUrl: './reset-password-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<ResetPasswordDialog, UserDialogResult>>(MatDialogRef);
  protected readonly user = inject<UserDto>(MAT_DIALOG_DATA);

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly fieldError = fieldError;
  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(MIN_PASSWORD_LENGTH),
        Validators.maxLength(MAX_PASSWORD_LENGTH),
      ],
    }),
  });
  protected readonly passwordVisible = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly stale = signal(false);

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .update(this.user.id, { version: this.user.version, password: this.form.getRawValue().password })
      .subscribe({
        next: (user) => this.dialogRef.close(user),
        error: (error: unknown) => {
          this.saving.set(false);
          this.stale.set(hasErrorCode(error, 'stale_version'));
          if (!applyApiFieldErrors(this.form, error)) {
            this.error.set(errorMessage(error));
          }
        },
      });
  }

  protected reload(): void {
    this.dialogRef.close('reload');
  }
}
