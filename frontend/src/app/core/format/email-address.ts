import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** An address cut before each "@" and ".": `a.b@c.org` → `a`, `.b`, `@c`, `.org`. */
export function emailParts(email: string): string[] {
  return email.split(/(?=[@.])/);
}

/**
 * An email address that wraps, when it must, before its "@" or a dot (as addresses are broken in print), never in the
 * middle of a name. Copying it or reading it aloud gives the address unchanged: the break hints are `<wbr>`s.
 */
@Component({
  selector: 'pw-email-address',
  // On one line: any whitespace between the parts would show as spaces inside the address.
  // prettier-ignore
  template: `@for (part of parts(); track $index) {@if (!$first) {<wbr />}{{ part }}}`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailAddress {
  readonly email = input.required<string>();
  protected readonly parts = computed(() => emailParts(this.email()));
}
