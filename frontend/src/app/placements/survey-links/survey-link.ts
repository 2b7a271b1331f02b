import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';

/** A survey link to pass on by hand (Pathway sends no email): the address, and a button to copy it. */
@Component({
  selector: 'pw-survey-link',
  imports: [ClipboardModule, MatButtonModule, MatIconModule],
  template: `
    <code class="url">{{ url() }}</code>
    <button
      mat-stroked-button
      type="button"
      [cdkCopyToClipboard]="url()"
      (cdkCopyToClipboardCopied)="copied($event)"
      [attr.aria-label]="copyLabel()"
    >
      <mat-icon>content_copy</mat-icon>
      Copy link
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .url {
      flex: 1 1 240px;
      min-width: 0;
      padding: 8px 10px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyLink {
  readonly url = input.required<string>();
  /** The copy button's accessible name, when several links share a page ("Copy link for Ann Lee"). */
  readonly copyLabel = input<string | null>(null);
  private readonly snackBar = inject(MatSnackBar);

  protected copied(success: boolean): void {
    this.snackBar.open(
      success ? 'Link copied' : 'The link could not be copied. Select it and copy it instead.',
      'Dismiss',
      {
        duration: 4000,
      },
    );
  }
}
