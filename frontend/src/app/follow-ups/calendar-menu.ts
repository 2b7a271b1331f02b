import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { finalize } from 'rxjs';
import { CalendarFeedDialog } from './calendar-feed-dialog';
import { FollowUpsApi } from './follow-ups-api';
import { saveFile } from '../core/files/save-file';

export const CALENDAR_FILE_NAME = 'pathway-follow-ups.ics';

/** Your open follow-ups in a calendar app: once as a file, or kept up to date through a private address. */
@Component({
  selector: 'pw-calendar-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    <button mat-stroked-button type="button" [matMenuTriggerFor]="menu" [disabled]="downloading()">
      <mat-icon>calendar_month</mat-icon>
      Calendar
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <button mat-menu-item type="button" (click)="download()">
        <mat-icon>download</mat-icon>
        <span>Download .ics</span>
      </button>
      <button mat-menu-item type="button" (click)="subscribe()">
        <mat-icon>sync</mat-icon>
        <span>Subscribe in your calendar app</span>
      </button>
    </mat-menu>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarMenu {
  private readonly api = inject(FollowUpsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly downloading = signal(false);

  /** The file needs the sign-in token, so it is fetched here and handed to the browser as a download. */
  protected download(): void {
    this.downloading.set(true);
    this.api
      .calendarFile()
      .pipe(finalize(() => this.downloading.set(false)))
      .subscribe({
        next: (file) => {
          saveFile(file, CALENDAR_FILE_NAME);
          this.snackBar.open('Calendar file downloaded', 'Dismiss', { duration: 4000 });
        },
        error: () => undefined,
      });
  }

  protected subscribe(): void {
    this.dialog.open(CalendarFeedDialog, { width: '520px', maxWidth: '100vw' });
  }
}
