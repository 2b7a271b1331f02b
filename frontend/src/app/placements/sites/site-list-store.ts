import { inject, Injectable } from '@angular/core';
import { ParamMap } from '@angular/router';
import { DEFAULT_PAGE_SIZE } from '@pathway/contracts';
import { pagedList, pageFromParam, pageSizeFromParam } from '../../core/list/paged-list';
import { PlacementsApi } from '../placements-api';

/** The sites list's state as it lives in the URL (`?search=&page=&pageSize=`). */
export interface SiteFilters {
  search: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_SITE_FILTERS: SiteFilters = { search: '', page: 1, pageSize: DEFAULT_PAGE_SIZE };

export function siteFiltersFrom(params: ParamMap): SiteFilters {
  return {
    search: params.get('search')?.trim() ?? '',
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

/** Placement sites by name, searchable. */
@Injectable()
export class SiteListStore {
  private readonly api = inject(PlacementsApi);
  private readonly list = pagedList({
    parse: siteFiltersFrom,
    defaults: DEFAULT_SITE_FILTERS,
    toQuery: ({ search, page, pageSize }: SiteFilters) => ({ ...(search ? { search } : {}), page, pageSize }),
    load: (query) => this.api.sites(query),
  });

  readonly filters = this.list.filters;
  readonly sites = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;

  setFilters(changes: Partial<SiteFilters>): void {
    this.list.setFilters(changes);
  }

  reload(): void {
    this.list.reload();
  }
}
