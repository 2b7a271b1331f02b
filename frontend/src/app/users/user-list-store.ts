import { computed, inject, Injectable } from '@angular/core';
import { pagedList } from '../core/list/paged-list';
import { DEFAULT_USER_FILTERS, hasActiveFilters, toUserListQuery, UserFilters, userFiltersFrom } from './user-filters';
import { UsersApi } from './users-api';

/** The users page's state: filters kept in the URL, and the page of users they select. */
@Injectable()
export class UserListStore {
  private readonly api = inject(UsersApi);
  private readonly list = pagedList({
    parse: userFiltersFrom,
    defaults: DEFAULT_USER_FILTERS,
    toQuery: toUserListQuery,
    load: (query) => this.api.list(query),
  });

  readonly filters = this.list.filters;
  readonly users = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;
  readonly filtered = computed(() => hasActiveFilters(this.filters()));

  setFilters(changes: Partial<UserFilters>): void {
    this.list.setFilters(changes);
  }

  clearFilters(): void {
    this.list.setFilters({ search: '', role: '', status: 'all', page: 1 });
  }

  reload(): void {
    this.list.reload();
  }
}
