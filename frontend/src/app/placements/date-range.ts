import { AbstractControl, ValidatorFn } from '@angular/forms';

/**
 * For the end date of a range: invalid when it falls before the start date in the sibling control `startKey`, with
 * the sentence `fieldError` shows. Re-run it when the start changes (`updateValueAndValidity` on the end control).
 */
export function notBefore(startKey: string, message: string): ValidatorFn {
  return (control: AbstractControl) => {
    const start: unknown = control.parent?.get(startKey)?.value;
    const end: unknown = control.value;
    return start instanceof Date && end instanceof Date && end.getTime() < start.getTime()
      ? { invalid: message }
      : null;
  };
}
