import { AbstractControl } from '@angular/forms';

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
