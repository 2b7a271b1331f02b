import { computed, inject, Injectable } from '@angular/core';
import { pagedList } from '../../core/list/paged-list';
import { FeedbackApi } from '../feedback-api';
import { ConcernFilters, concernFiltersFrom, DEFAULT_CONCERN_FILTERS, toConcernQuery } from './concern-filters';

/** Concerns raised in placement feedback: unresolved first, soonest due first (so overdue ones lead). */
@Injectable()
export class ConcernListStore {
  private readonly api = inject(FeedbackApi);
  private readonly list = pagedList({
    parse: concernFiltersFrom,
    defaults: DEFAULT_CONCERN_FILTERS,
    toQuery: toConcernQuery,
    load: (query) => this.api.concerns(query),
  });

  readonly filters = this.list.filters;
  readonly concerns = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;
  readonly filtered = computed(() => {
    const { siteId, status, tier } = this.filters();
    return siteId !== '' || status !== '' || tier !== '';
  });

  setFilters(changes: Partial<ConcernFilters>): void {
    this.list.setFilters(changes);
  }

  clearFilters(): void {
    this.list.setFilters({ siteId: '', status: '', tier: '', page: 1 });
  }

  reload(): void {
    this.list.reload();
  }
}
