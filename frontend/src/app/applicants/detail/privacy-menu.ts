import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ApplicantDto, Permission } from '@pathway/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { errorMessage } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { ConfirmDialog, ConfirmDialogData } from '../../core/confirm-dialog/confirm-dialog';
import { saveFile } from '../../core/files/save-file';
import { ApplicantsApi } from '../applicants-api';

/** Data-protection requests about one person: download everything held about them, or erase them. */
@Component({
  selector: 'pw-privacy-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    @if (canExport() || canErase()) {
      <button mat-button type="button" [matMenuTriggerFor]="menu" [disabled]="busy()">
        <mat-icon>shield_person</mat-icon>
        Data protection
      </button>
      <mat-menu #menu="matMenu">
        @if (canExport()) {
          <button mat-menu-item type="button" (click)="download('json')">
            <mat-icon>download</mat-icon>
            Download all their data (JSON)
          </button>
          <button mat-menu-item type="button" (click)="download('csv')">
            <mat-icon>table_view</mat-icon>
            Download all their data (CSV)
          </button>
        }
        @if (canErase()) {
          <button mat-menu-item type="button" class="erase" (click)="erase()">
            <mat-icon>delete_forever</mat-icon>
            Erase personal data…
          </button>
        }
      </mat-menu>
    }
  `,
  styles: `
    .erase {
      color: var(--mat-sys-error);
      --mat-menu-item-icon-color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyMenu {
  readonly applicant = input.required<ApplicantDto>();
  /** The person was erased: the page reloads to show it. */
  readonly erased = output<void>();

  private readonly api = inject(ApplicantsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly busy = signal(false);
  protected readonly canExport = computed(() => this.auth.can(Permission.PeopleExport));
  protected readonly canErase = computed(() => this.auth.can(Permission.PeopleErase) && !this.applicant().erasedAt);

  protected download(format: 'json' | 'csv'): void {
    const { id, lastName } = this.applicant();
    this.busy.set(true);
    this.api
      .exportFile(id, format)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (file) => {
          saveFile(file, `pathway-${lastName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id.slice(0, 8)}.${format}`);
          this.snackBar.open('Their data is downloading', 'Dismiss', { duration: 4000 });
        },
        error: (error: unknown) => this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 6000 }),
      });
  }

  protected erase(): void {
    const { id, firstName, lastName } = this.applicant();
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        role: 'alertdialog',
        width: '480px',
        maxWidth: '95vw',
        data: {
          title: `Erase ${firstName} ${lastName}'s personal data?`,
          message:
            'Their name, contact details, date of birth, widening-participation answers, tags and every note written ' +
            'about them are erased for good, and open follow-ups are cancelled. Their stage history and counts stay, ' +
            'anonymous, so the reports do not change. This cannot be undone.',
          confirmLabel: 'Erase for good',
        },
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.busy.set(true);
          return this.api.erase(id).pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: () => {
          this.snackBar.open('Personal data erased', 'Dismiss', { duration: 5000 });
          this.erased.emit();
        },
        error: (error: unknown) => this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 6000 }),
      });
  }
}
