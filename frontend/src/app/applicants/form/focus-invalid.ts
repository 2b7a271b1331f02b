import { afterNextRender, Injector } from '@angular/core';

/** After the next render, moves focus to the first field showing an error, so a keyboard or phone user lands on it. */
export function focusFirstInvalidField(container: HTMLElement, injector: Injector): void {
  afterNextRender(
    () => {
      const field = container.querySelector<HTMLElement>(
        'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, mat-chip-listbox.ng-invalid, mat-radio-group.ng-invalid',
      );
      field?.focus();
      field?.scrollIntoView({ block: 'center' });
    },
    { injector },
  );
}
