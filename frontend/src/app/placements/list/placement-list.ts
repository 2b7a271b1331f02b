import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Permission, PlacementDto } from '@pathway/contracts';
import { map } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { DatePipe } from '../../core/format/date.pipe';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { ReferenceStore } from '../../reference/reference-store';
import { cohortYears } from '../../students/cohorts';
import { CreatePlacementDialog, CreatePlacementDialogData } from '../create/create-placement-dialog';
import { SiteOptions } from '../site-options';
import { SurveyStatusChip } from '../survey-status-chip';
import { BulkSurveyLinksDialog } from '../survey-links/bulk-survey-links-dialog';
import { SurveyLinkDialog } from '../survey-links/survey-link-dialog';
import { ENDING_SOON_DAYS } from './placement-filters';
import { PlacementListStore } from './placement-list-store';

const NARROW_QUERY = '(max-width: 599.98px)';

/** Placements, ending soonest first, with their survey status and a way to send each one's survey link. */
@Component({
  selector: 'pw-placement-list',
  imports: [
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    DatePipe,
    SurveyStatusChip,
  ],
  providers: [PlacementListStore],
  templateUrl: './placement-list.html',
  styleUrl: './placement-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementList {
  protected readonly store = inject(PlacementListStore);
  protected readonly reference = inject(ReferenceStore);
  protected readonly siteOptions = inject(SiteOptions);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly endingSoonDays = ENDING_SOON_DAYS;
  protected readonly cohorts = cohortYears();
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly canWrite = computed(() => this.auth.can(Permission.StudentsWrite));
  protected readonly filters = this.store.filters;

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => [
    'student',
    ...(this.narrow() ? [] : ['site', 'dates', 'year', 'educator']),
    'survey',
    ...(this.canWrite() ? ['actions'] : []),
  ]);

  protected create(): void {
    this.dialog
      .open<CreatePlacementDialog, CreatePlacementDialogData, PlacementDto>(CreatePlacementDialog, {
        width: '560px',
        maxWidth: '95vw',
        data: {},
      })
      .afterClosed()
      .subscribe((placement) => {
        if (placement) {
          this.snackBar.open('Placement added', 'Dismiss', { duration: 4000 });
          this.store.reload();
        }
      });
  }

  protected sendSurveyLink(placement: PlacementDto): void {
    this.dialog
      .open<SurveyLinkDialog, PlacementDto>(SurveyLinkDialog, { width: '520px', maxWidth: '95vw', data: placement })
      .afterClosed()
      .subscribe(() => this.store.reload());
  }

  protected bulkLinks(): void {
    this.dialog
      .open(BulkSurveyLinksDialog, { width: '640px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe(() => this.store.reload());
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
