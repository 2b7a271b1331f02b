import { computed, inject, Injectable } from '@angular/core';
import { pagedList } from '../../core/list/paged-list';
import { PlacementsApi } from '../placements-api';
import {
  DEFAULT_PLACEMENT_FILTERS,
  hasActivePlacementFilters,
  PlacementFilters,
  placementFiltersFrom,
  toPlacementListQuery,
} from './placement-filters';

/** The placements page's state: filters kept in the URL, and the page of placements they select. */
@Injectable()
export class PlacementListStore {
  private readonly api = inject(PlacementsApi);
  private readonly list = pagedList({
    parse: placementFiltersFrom,
    defaults: DEFAULT_PLACEMENT_FILTERS,
    toQuery: toPlacementListQuery,
    load: (query) => this.api.list(query),
  });

  readonly filters = this.list.filters;
  readonly placements = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;
  readonly filtered = computed(() => hasActivePlacementFilters(this.filters()));

  setFilters(changes: Partial<PlacementFilters>): void {
    this.list.setFilters(changes);
  }

  clearFilters(): void {
    this.list.setFilters({ siteId: '', cohort: null, profession: '', when: 'all', page: 1 });
  }

  reload(): void {
    this.list.reload();
  }
}
