import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The favicon's mark: a white "P" on teal. Decorative: the product name always sits beside it. */
@Component({
  selector: 'pw-pathway-logo',
  template: `
    <svg [attr.width]="size()" [attr.height]="size()" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#00605b" />
      <path d="M9 24V8h8a5 5 0 0 1 0 10h-4v6z" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round" />
    </svg>
  `,
  styles: ':host { display: inline-flex; line-height: 0; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PathwayLogo {
  readonly size = input(32);
}
