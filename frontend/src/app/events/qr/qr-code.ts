import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { from, map } from 'rxjs';
import { QrRenderer } from './qr-renderer';

/**
 * A QR code for `value`, drawn as inline SVG (the content security policy allows markup, not scripts). The SVG comes
 * from the QR library, never from user input, which is why it may skip Angular's HTML sanitising.
 */
@Component({
  selector: 'pw-qr-code',
  template: `
    @if (svg(); as markup) {
      <div class="code" role="img" [attr.aria-label]="label()" [innerHTML]="markup"></div>
    } @else if (failed()) {
      <p class="failed">The QR code could not be drawn. Share the link instead.</p>
    } @else {
      <div class="code placeholder" aria-hidden="true"></div>
    }
  `,
  styles: `
    :host {
      display: inline-block;
      width: var(--pw-qr-size, 200px);
    }
    .code {
      aspect-ratio: 1;
      background: #fff;
    }
    .code ::ng-deep svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    .placeholder {
      background: var(--mat-sys-surface-container);
      border-radius: 8px;
    }
    .failed {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QrCode {
  readonly value = input.required<string>();
  /** What the code is for, read out in its place ("QR code for the sign-up link"). */
  readonly label = input.required<string>();

  private readonly renderer = inject(QrRenderer);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly drawing = rxResource({
    params: () => this.value(),
    stream: ({ params }) =>
      from(this.renderer.svg(params)).pipe(map((svg): SafeHtml => this.sanitizer.bypassSecurityTrustHtml(svg))),
  });
  protected readonly svg = computed(() => (this.drawing.hasValue() ? this.drawing.value() : null));
  protected readonly failed = computed(() => !!this.drawing.error());
}
