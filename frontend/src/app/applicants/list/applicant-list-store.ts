import { computed, inject, Injectable, linkedSignal } from '@angular/core';
import { BulkApplicantRequest } from '@pathway/contracts';
import { map, Observable } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { pagedList } from '../../core/list/paged-list';
import { ApplicantsApi } from '../applicants-api';
import {
  applicantFiltersFrom,
  ApplicantFilters,
  DEFAULT_APPLICANT_FILTERS,
  FilterKey,
  hasActiveApplicantFilters,
  toApplicantListQuery,
} from './applicant-filters';

/** The applicants page's state: filters kept in the URL, the page of applicants they select, and the selection. */
@Injectable()
export class ApplicantListStore {
  private readonly api = inject(ApplicantsApi);
  private readonly auth = inject(AuthStore);
  private readonly list = pagedList({
    parse: applicantFiltersFrom,
    defaults: DEFAULT_APPLICANT_FILTERS,
    toQuery: (filters) => toApplicantListQuery(filters, this.auth.user()?.id ?? null),
    load: (query) => this.api.list(query),
  });

  readonly filters = this.list.filters;
  readonly applicants = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;
  readonly filtered = computed(() => hasActiveApplicantFilters(this.filters()));
  /** Nothing found and nothing filtered: there are no applicants at all yet. */
  readonly noneYet = computed(() => this.empty() && !this.filtered());

  /** Ids of the selected rows; a new page or filter starts a new selection, so nothing unseen stays selected. */
  readonly selected = linkedSignal<ApplicantFilters, ReadonlySet<string>>({
    source: this.filters,
    computation: () => new Set<string>(),
  });
  readonly selectedCount = computed(() => this.selected().size);
  readonly allSelected = computed(
    () => this.applicants().length > 0 && this.applicants().every((applicant) => this.selected().has(applicant.id)),
  );

  setFilters(changes: Partial<ApplicantFilters>): void {
    this.list.setFilters(changes);
  }

  removeFilter(key: FilterKey): void {
    this.list.setFilters({ [key]: DEFAULT_APPLICANT_FILTERS[key], page: 1 });
  }

  clearFilters(): void {
    const { sort, pageSize } = this.filters();
    this.list.setFilters({ ...DEFAULT_APPLICANT_FILTERS, sort, pageSize });
  }

  reload(): void {
    this.list.reload();
  }

  toggle(id: string): void {
    const selected = new Set(this.selected());
    if (!selected.delete(id)) {
      selected.add(id);
    }
    this.selected.set(selected);
  }

  toggleAll(): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(this.applicants().map((applicant) => applicant.id)));
  }

  clearSelection(): void {
    this.selected.set(new Set());
  }

  /** Applies a bulk change to the selected applicants; answers how many were updated. */
  updateSelected(changes: Omit<BulkApplicantRequest, 'ids'>): Observable<number> {
    return this.api.bulk({ ids: [...this.selected()], ...changes }).pipe(map(({ updated }) => updated));
  }
}
