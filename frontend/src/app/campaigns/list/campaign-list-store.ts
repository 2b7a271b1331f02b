import { inject, Injectable } from '@angular/core';
import { pagedList } from '../../core/list/paged-list';
import { CampaignsApi } from '../campaigns-api';
import {
  CampaignFilters,
  campaignFiltersFrom,
  DEFAULT_CAMPAIGN_FILTERS,
  toCampaignListQuery,
} from './campaign-filters';

/** The campaigns page's state: which campaigns (all, running, upcoming, over) and the page of them, in the URL. */
@Injectable()
export class CampaignListStore {
  private readonly api = inject(CampaignsApi);
  private readonly list = pagedList({
    parse: campaignFiltersFrom,
    defaults: DEFAULT_CAMPAIGN_FILTERS,
    toQuery: toCampaignListQuery,
    load: (query) => this.api.list(query),
  });

  readonly filters = this.list.filters;
  readonly campaigns = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;

  setFilters(changes: Partial<CampaignFilters>): void {
    this.list.setFilters(changes);
  }

  reload(): void {
    this.list.reload();
  }
}
