import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { REVIEW_STATUS_LABELS, REVIEW_STATUSES, SurveyResponseDto } from '@pathway/contracts';
import { errorMessage, hasErrorCode, isForCallerToExplain } from '../../core/api-error';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { SiteOptions } from '../../placements/site-options';
import { ReferenceStore } from '../../reference/reference-store';
import { ResponseCard, ReviewChange } from './response-card';
import { ReviewQueueStore } from './review-queue-store';

/** Placement-feedback responses, newest first, to read and move through review. */
@Component({
  selector: 'pw-review-queue',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    ResponseCard,
  ],
  providers: [ReviewQueueStore],
  templateUrl: './review-queue.html',
  styles: `
    .filters .site {
      width: 320px;
      max-width: 100%;
    }
    .filters mat-form-field {
      width: 180px;
    }
    .cards {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0;
      padding: 12px;
      list-style: none;
    }
    @media (max-width: 599.98px) {
      .filters mat-form-field,
      .filters .site {
        flex: 1 1 100%;
        width: auto;
      }
      .cards {
        padding: 8px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueue {
  protected readonly store = inject(ReviewQueueStore);
  protected readonly siteOptions = inject(SiteOptions);
  protected readonly reference = inject(ReferenceStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly statuses = REVIEW_STATUSES;
  protected readonly statusLabels = REVIEW_STATUS_LABELS;
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly filters = this.store.filters;
  protected readonly savingId = signal<string | null>(null);

  protected review(response: SurveyResponseDto, change: ReviewChange): void {
    this.savingId.set(response.id);
    this.store.review(response, change).subscribe({
      next: () => {
        this.savingId.set(null);
        this.snackBar.open('Review saved', 'Dismiss', { duration: 4000 });
      },
      error: (error: unknown) => {
        this.savingId.set(null);
        if (hasErrorCode(error, 'stale_version')) {
          this.snackBar.open(`${errorMessage(error)} The latest reviews are shown now.`, 'Dismiss', { duration: 8000 });
          this.store.reload();
        } else if (isForCallerToExplain(error)) {
          this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
        }
      },
    });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
