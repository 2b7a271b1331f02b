import { computed, inject, Injectable } from '@angular/core';
import { pagedList } from '../../core/list/paged-list';
import { EventsApi } from '../events-api';
import {
  DEFAULT_EVENT_FILTERS,
  EventFilterKey,
  EventFilters,
  eventFiltersFrom,
  hasActiveEventFilters,
  toEventListQuery,
} from './event-filters';

/** The events page's state: upcoming or past, filters kept in the URL, and the page of events they select. */
@Injectable()
export class EventListStore {
  private readonly api = inject(EventsApi);
  private readonly list = pagedList({
    parse: eventFiltersFrom,
    defaults: DEFAULT_EVENT_FILTERS,
    toQuery: toEventListQuery,
    load: (query) => this.api.list(query),
  });

  readonly filters = this.list.filters;
  readonly events = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;
  readonly filtered = computed(() => hasActiveEventFilters(this.filters()));

  setFilters(changes: Partial<EventFilters>): void {
    this.list.setFilters(changes);
  }

  removeFilter(key: EventFilterKey): void {
    this.list.setFilters({ [key]: DEFAULT_EVENT_FILTERS[key], page: 1 });
  }

  clearFilters(): void {
    const { when, pageSize } = this.filters();
    this.list.setFilters({ ...DEFAULT_EVENT_FILTERS, when, pageSize });
  }

  reload(): void {
    this.list.reload();
  }
}
