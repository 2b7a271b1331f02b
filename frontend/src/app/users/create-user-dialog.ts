import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, Role, ROLE_LABELS, ROLES, UserDto } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage } from '../core/api-error';
import { fieldError } from '../core/forms/field-error';
import { UsersApi } from './users-api';

/** Matches the API (`name` up to 200 characters); a contract constant would keep the two in step. */
export const NAME_MAX_LENGTH = 200;

/** Creates a user; closes with the created user. */
@Component({
  selector: 'pw-create-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
  ],
  templateUrl: './create-user-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateUserDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<CreateUserDialog, UserDto>>(MatDialogRef);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly fieldError = fieldError;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    email: ['', [Validators.required, Validators.email]],
    role: ['officer' as Role, Validators.required],
    password: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(MAX_PASSWORD_LENGTH)],
    ],
  });
  protected readonly passwordVisible = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal('');

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const { name, email, role, password } = this.form.getRawValue();
    this.api.create({ name: name.trim(), email: email.trim(), role, password }).subscribe({
      next: (user) => this.dialogRef.close(user),
      error: (error: unknown) => {
        this.saving.set(false);
        if (!applyApiFieldErrors(this.form, error)) {
          this.error.set(errorMessage(error));
        }
      },
    });
  }
}
