import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { finalize } from 'rxjs';
import { errorMessage } from '../core/api-error';
import { FollowUpsApi } from './follow-ups-api';

/**
 * A private address calendar apps can subscribe to. The API cannot tell whether one exists (it shows an address only
 * once, when making it), so the dialog offers to make a new one, which replaces any earlier one, or to stop it.
 */
@Component({
  selector: 'pw-calendar-feed-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  templateUrl: './calendar-feed-dialog.html',
  styles: `
    .url-field {
      width: 100%;
    }
    .status {
      margin: 0 0 12px;
      font: var(--mat-sys-body-medium);
    }
    .status:empty {
      margin: 0;
    }
    ul {
      margin: 0 0 16px;
      padding-left: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedDialog {
  private readonly api = inject(FollowUpsApi);
  private readonly clipboard = inject(Clipboard);

  protected readonly url = signal('');
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal('');

  protected create(): void {
    this.start();
    this.api
      .createCalendarFeed()
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: ({ url }) => {
          this.url.set(url);
          this.status.set('Your address is ready. Copy it into your calendar app.');
        },
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }

  protected stop(): void {
    this.start();
    this.api
      .stopCalendarFeed()
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.url.set('');
          this.status.set('Stopped. Calendar apps using your address will no longer get your follow-ups.');
        },
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }

  protected copy(): void {
    this.status.set(
      this.clipboard.copy(this.url()) ? 'Address copied.' : 'Copying failed: select the address and copy it.',
    );
  }

  private start(): void {
    this.busy.set(true);
    this.status.set('');
    this.error.set('');
  }
}
