import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { BulkApplicantRequest } from '@pathway/contracts';
import { filter, map, Observable, switchMap } from 'rxjs';
import { errorMessage, isForCallerToExplain } from '../../core/api-error';
import { ApplicantListStore } from './applicant-list-store';
import { BulkOwnerDialog } from './bulk-owner-dialog';
import { BulkTagsDialog } from './bulk-tags-dialog';

const DIALOG_SIZE = { width: '440px', maxWidth: '95vw' };

/** Changes to many applicants at once, from the list's selection; each outcome is announced and the list refreshed. */
@Injectable()
export class ApplicantBulkActions {
  private readonly store = inject(ApplicantListStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  assignOwner(): void {
    this.apply(
      this.dialog
        .open<BulkOwnerDialog, number, { ownerId: string | null }>(BulkOwnerDialog, { ...DIALOG_SIZE, data: this.store.selectedCount() })
        .afterClosed()
        .pipe(
          filter((answer): answer is { ownerId: string | null } => answer !== undefined),
          map(({ ownerId }) => ({ ownerId })),
        ),
    );
  }

  addTags(): void {
    this.apply(
      this.dialog
        .open<BulkTagsDialog, number, string[]>(BulkTagsDialog, { ...DIALOG_SIZE, data: this.store.selectedCount() })
        .afterClosed()
        .pipe(
          filter((tags): tags is string[] => tags !== undefined && tags.length > 0),
          map((addTags) => ({ addTags })),
        ),
    );
  }

  private apply(changes: Observable<Omit<BulkApplicantRequest, 'ids'>>): void {
    changes.pipe(switchMap((change) => this.store.updateSelected(change))).subscribe({
      next: (updated) => {
        this.snackBar.open(`Updated ${updated} applicant${updated === 1 ? '' : 's'}`, 'Dismiss', { duration: 4000 });
        this.store.clearSelection();
        this.store.reload();
      },
      error: (error: unknown) => {
        if (isForCallerToExplain(error)) {
          this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
        }
      },
    });
  }
}
