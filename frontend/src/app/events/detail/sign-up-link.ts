import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { EventDto } from '@pathway/contracts';
import { QrCode } from '../qr/qr-code';

/** The event's public sign-up link: to copy, to scan as a QR code, or to print on a sheet. */
@Component({
  selector: 'pw-sign-up-link',
  imports: [ClipboardModule, RouterLink, MatButtonModule, MatIconModule, QrCode],
  template: `
    @let e = event();
    <section class="sign-up" aria-labelledby="sign-up-heading">
      <div class="text">
        <h2 id="sign-up-heading">Sign-up link</h2>
        <p class="status" [class.closed]="!e.registrationOpen">
          <mat-icon aria-hidden="true">{{ e.registrationOpen ? 'lock_open' : 'lock' }}</mat-icon>
          {{ status() }}
        </p>
        <p class="url">
          <a [href]="e.registrationUrl" target="_blank" rel="noopener">{{ e.registrationUrl }}</a>
        </p>
        <div class="actions">
          <button
            mat-stroked-button
            type="button"
            [cdkCopyToClipboard]="e.registrationUrl"
            (cdkCopyToClipboardCopied)="copied($event)"
          >
            <mat-icon>content_copy</mat-icon>
            Copy link
          </button>
          <a mat-stroked-button [routerLink]="['/events', e.id, 'sheet']">
            <mat-icon>print</mat-icon>
            Print sign-up sheet
          </a>
        </div>
      </div>
      <pw-qr-code class="qr" [value]="e.registrationUrl" label="QR code for the sign-up link" />
    </section>
  `,
  styles: `
    .sign-up {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 16px 24px;
      padding: 16px 20px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .text {
      flex: 1 1 280px;
      min-width: 0;
    }
    h2 {
      margin: 0 0 8px;
    }
    .status {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0 0 8px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-primary);
    }
    .status.closed {
      color: var(--mat-sys-on-surface-variant);
    }
    .url {
      margin: 0 0 12px;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .qr {
      --pw-qr-size: 168px;
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignUpLink {
  readonly event = input.required<EventDto>();
  private readonly snackBar = inject(MatSnackBar);

  protected readonly status = computed(() => {
    const { registrationOpen, capacity, attendeeCount } = this.event();
    if (!registrationOpen) {
      return 'Sign-up is closed: the link shows a "closed" page';
    }
    if (capacity === null) {
      return 'Open to anyone with the link';
    }
    return attendeeCount >= capacity
      ? `Full: all ${capacity} places are taken`
      : `Open: ${capacity - attendeeCount} of ${capacity} places left`;
  });

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
