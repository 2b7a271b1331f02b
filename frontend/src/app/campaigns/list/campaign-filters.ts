import { ParamMap } from '@angular/router';
import { CampaignListQuery, DEFAULT_PAGE_SIZE } from '@pathway/contracts';
import { pageFromParam, pageSizeFromParam } from '../../core/list/paged-list';

export const CAMPAIGN_WHEN = ['', 'active', 'upcoming', 'past'] as const;
export type CampaignWhen = (typeof CAMPAIGN_WHEN)[number];

/** The campaigns list's state as it lives in the URL (`?when=&page=&pageSize=`). */
export interface CampaignFilters {
  /** Running today, not started yet, over; empty for all. */
  when: CampaignWhen;
  page: number;
  pageSize: number;
}

export const DEFAULT_CAMPAIGN_FILTERS: CampaignFilters = { when: '', page: 1, pageSize: DEFAULT_PAGE_SIZE };

export function campaignFiltersFrom(params: ParamMap): CampaignFilters {
  const when = params.get('when');
  return {
    when: (CAMPAIGN_WHEN as readonly (string | null)[]).includes(when) ? (when as CampaignWhen) : '',
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

export function toCampaignListQuery({ when, page, pageSize }: CampaignFilters): CampaignListQuery {
  return { ...(when ? { when } : {}), page, pageSize };
}
