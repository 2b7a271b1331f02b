import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import {
  AbstractControl,
  FormBuilder,
  FormControl,
  FormGroupDirective,
  NgForm,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage } from '../core/api-error';
import { fieldError } from '../core/forms/field-error';
import { AccountApi } from './account-api';

export const PASSWORDS_DIFFER = 'The new passwords do not match';

const newPasswordsMatch: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const { newPassword, confirmPassword } = group.value as { newPassword: string; confirmPassword: string };
  return confirmPassword && newPassword !== confirmPassword ? { mismatch: true } : null;
};

/** Shows the confirmation field in error when the form says the two new passwords differ. */
class ConfirmationErrorMatcher implements ErrorStateMatcher {
  isErrorState(control: FormControl | null, form: FormGroupDirective | NgForm | null): boolean {
    const invalid = !!control?.invalid || !!form?.form.hasError('mismatch');
    return invalid && (!!control?.touched || !!form?.submitted);
  }
}

@Component({
  selector: 'pw-change-password-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  templateUrl: './change-password-form.html',
  styleUrl: './change-password-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordForm {
  private readonly api = inject(AccountApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      currentPassword: ['', Validators.required],
      newPassword: [
        '',
        [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(MAX_PASSWORD_LENGTH)],
      ],
      confirmPassword: ['', Validators.required],
    },
    { validators: newPasswordsMatch },
  );
  protected readonly confirmationMatcher = new ConfirmationErrorMatcher();
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly fieldError = fieldError;

  protected confirmationError(): string {
    const control = this.form.controls.confirmPassword;
    return control.hasError('required') ? 'Enter the new password again' : PASSWORDS_DIFFER;
  }

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.api.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.saving.set(false);
        this.formDirective().resetForm();
        this.snackBar.open('Password changed. Your other sessions were signed out.', 'Dismiss', { duration: 6000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (!applyApiFieldErrors(this.form, error)) {
          this.error.set(errorMessage(error));
        }
      },
    });
  }
}
