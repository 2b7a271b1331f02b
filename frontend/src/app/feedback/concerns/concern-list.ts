import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CONCERN_STATUSES, CONCERN_TIER_LABELS, CONCERN_TIERS, ConcernDto, Permission } from '@pathway/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { DatePipe } from '../../core/format/date.pipe';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { SiteOptions } from '../../placements/site-options';
import { ConcernDialog, ConcernDialogResult } from './concern-dialog';
import { CONCERN_STATUS_LABELS } from './concern-filters';
import { ConcernListStore } from './concern-list-store';
import { YouSaidWeDid } from './you-said-we-did';

/** Concerns raised in placement feedback, to triage, own, resolve and report back on. */
@Component({
  selector: 'pw-concern-list',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    DatePipe,
    YouSaidWeDid,
  ],
  providers: [ConcernListStore],
  templateUrl: './concern-list.html',
  styleUrl: './concern-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernList {
  protected readonly store = inject(ConcernListStore);
  protected readonly siteOptions = inject(SiteOptions);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly tiers = CONCERN_TIERS;
  protected readonly tierLabels = CONCERN_TIER_LABELS;
  protected readonly statuses = CONCERN_STATUSES;
  protected readonly statusLabels = CONCERN_STATUS_LABELS;
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly filters = this.store.filters;
  protected readonly canWrite = computed(() => this.auth.can(Permission.StudentsWrite));
  /** Bumped after a save so that the "You said, we did" log follows. */
  protected readonly revision = signal(0);

  protected edit(concern: ConcernDto): void {
    this.dialog
      .open<ConcernDialog, ConcernDto, ConcernDialogResult>(ConcernDialog, {
        width: '600px',
        maxWidth: '95vw',
        data: concern,
      })
      .afterClosed()
      .subscribe((result) => {
        if (result === 'reload') {
          this.store.reload();
        } else if (result) {
          this.snackBar.open('Concern saved', 'Dismiss', { duration: 4000 });
          this.store.reload();
          this.revision.update((revision) => revision + 1);
        }
      });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
