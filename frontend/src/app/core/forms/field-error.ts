import { AbstractControl, ValidatorFn } from '@angular/forms';

/**
 * The message to show under a form field for its first error. API detail messages are fragments such as
 * "is already in use", so they are prefixed with the field's label.
 */
export function fieldError(control: AbstractControl, label: string): string {
  const errors = control.errors;
  if (!errors) {
    return '';
  }
  if (errors['api']) {
    const message = String(errors['api']);
    return /^[a-z]/.test(message) ? `${label} ${message}` : message;
  }
  if (typeof errors['invalid'] === 'string') {
    return errors['invalid'];
  }
  if (errors['matDatepickerParse']) {
    return `Enter ${label.toLowerCase()} as day/month/year, like 25/12/2008`;
  }
  if (errors['matDatepickerMax']) {
    return `${label} cannot be in the future`;
  }
  if (errors['required']) {
    return `Enter ${label.toLowerCase()}`;
  }
  if (errors['email']) {
    return 'Enter a valid email address, like name@example.org';
  }
  if (errors['minlength']) {
    return `${label} needs at least ${errors['minlength'].requiredLength} characters`;
  }
  if (errors['maxlength']) {
    return `${label} can have at most ${errors['maxlength'].requiredLength} characters`;
  }
  return `${label} is not valid`;
}

/**
 * A validator for text that must match a pattern, with the sentence to show when it does not (read by
 * `fieldError`). Empty values pass: combine with `Validators.required` when the field must be filled in.
 */
export function matching(pattern: RegExp, message: string): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    return typeof value === 'string' && value.trim() !== '' && !pattern.test(value.trim()) ? { invalid: message } : null;
  };
}
