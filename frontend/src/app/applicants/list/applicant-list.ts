import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, Sort, SortDirection } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { ApplicantSummaryDto, Permission, SOURCE_LABELS, Source } from '@pathway/contracts';
import { debounceTime, filter, map } from 'rxjs';
import { campaignChoices } from '../../campaigns/campaign-choices';
import { AuthStore } from '../../core/auth/auth-store';
import { DatePipe } from '../../core/format/date.pipe';
import { DateTimePipe } from '../../core/format/date-time.pipe';
import { RelativeTimePipe } from '../../core/format/relative-time.pipe';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { StageChip } from '../../pipeline/stage-chip';
import { ProfessionName, ReferenceStore } from '../../reference/reference-store';
import { ApplicantBulkActions } from './applicant-bulk-actions';
import { ApplicantFilterControls } from './applicant-filter-controls';
import { ApplicantFilters, activeFilterChips } from './applicant-filters';
import { ApplicantListStore } from './applicant-list-store';

/** Below this width the table becomes a compact list (name, stage, owner) and the filters fold away. */
const NARROW_QUERY = '(max-width: 599.98px)';

@Component({
  selector: 'pw-applicant-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatChipsModule,
    MatCheckboxModule,
    MatExpansionModule,
    MatTooltipModule,
    StageChip,
    ApplicantFilterControls,
    DatePipe,
    DateTimePipe,
    RelativeTimePipe,
  ],
  providers: [ApplicantListStore, ApplicantBulkActions],
  templateUrl: './applicant-list.html',
  styleUrl: './applicant-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantList {
  protected readonly store = inject(ApplicantListStore);
  protected readonly bulk = inject(ApplicantBulkActions);
  private readonly auth = inject(AuthStore);
  private readonly reference = inject(ReferenceStore);

  protected readonly filters = this.store.filters;
  protected readonly campaigns = campaignChoices();
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly canWrite = computed(() => this.auth.can(Permission.ApplicantsWrite));
  protected readonly canReviewRetention = computed(() => this.auth.can(Permission.PeopleErase));
  protected readonly search = new FormControl(this.filters().search, { nonNullable: true });
  protected readonly chips = computed(() =>
    activeFilterChips(this.filters(), {
      profession: (code) => this.reference.professionName(code),
      owner: (id) => this.reference.ownerName(id),
      campaign: (id) => this.campaigns().find((campaign) => campaign.id === id)?.name ?? '',
    }),
  );

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => [
    ...(this.canWrite() ? ['select'] : []),
    ...(this.narrow()
      ? ['summary']
      : ['name', 'stage', 'professions', 'owner', 'source', 'firstContactAt', 'updatedAt']),
  ]);
  protected readonly sortActive = computed(() => this.filters().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed<SortDirection>(() =>
    this.filters().sort.startsWith('-') ? 'desc' : 'asc',
  );

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        map((search) => search.trim()),
        filter((search) => search !== this.filters().search),
        takeUntilDestroyed(),
      )
      .subscribe((search) => this.store.setFilters({ search, page: 1 }));

    // The URL can change without typing (back button, "Clear filters"): show what is being searched for.
    effect(() => {
      const search = this.filters().search;
      untracked(() => {
        if (this.search.value.trim() !== search) {
          this.search.setValue(search, { emitEvent: false });
        }
      });
    });
  }

  protected fullName(applicant: ApplicantSummaryDto): string {
    return `${applicant.firstName} ${applicant.lastName}`;
  }

  /** Abbreviated like on the board ("OT", "P&O"), with the full names for screen readers and on hover. */
  protected professionNames(applicant: ApplicantSummaryDto): ProfessionName[] {
    return this.reference.professionNames(applicant.professionsOfInterest);
  }

  protected sourceLabel(source: Source | null): string {
    return source ? SOURCE_LABELS[source] : '';
  }

  protected setFilters(changes: Partial<ApplicantFilters>): void {
    this.store.setFilters(changes);
  }

  protected sortBy({ active, direction }: Sort): void {
    this.store.setFilters({ sort: direction === 'desc' ? `-${active}` : active, page: 1 });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
