import { afterNextRender, Injector } from '@angular/core';

/**
 * Controls Angular marks invalid, and inputs a form field shows as wrong because of a rule across fields (an end
 * before its start); the first of them in the page's order gets focus.
 */
const INVALID_FIELDS = [
  'input.ng-invalid',
  'textarea.ng-invalid',
  'mat-select.ng-invalid',
  'mat-radio-group.ng-invalid input',
  'mat-checkbox.ng-invalid input',
  '.mat-form-field-invalid input',
].join(', ');

/** After the next render, moves focus to a form's error banner (`.form-error`), which may be far above the Save button. */
export function focusFormError(container: HTMLElement, injector: Injector): void {
  afterNextRender(
    () => {
      const banner = container.querySelector<HTMLElement>('.form-error');
      if (banner) {
        banner.tabIndex = -1;
        banner.focus();
        banner.scrollIntoView({ block: 'center' });
      }
    },
    { injector },
  );
}

/** After the next render, moves focus to the first field showing an error, so a keyboard or phone user lands on it. */
export function focusFirstInvalidField(container: HTMLElement, injector: Injector): void {
  afterNextRender(
    () => {
      const field = container.querySelector<HTMLElement>(INVALID_FIELDS);
      field?.focus();
      field?.scrollIntoView({ block: 'center' });
    },
    { injector },
  );
}
