import { ParamMap } from '@angular/router';
import {
  CONCERN_STATUSES,
  CONCERN_TIERS,
  ConcernListQuery,
  ConcernStatus,
  ConcernTier,
  DEFAULT_PAGE_SIZE,
} from '@pathway/contracts';
import { pageFromParam, pageSizeFromParam } from '../../core/list/paged-list';

export const CONCERN_STATUS_LABELS: Record<ConcernStatus, string> = {
  open: 'Open',
  investigating: 'Investigating',
  resolved: 'Resolved',
};

/** The concerns list's state as it lives in the URL (`?siteId=&status=&tier=&page=&pageSize=`). */
export interface ConcernFilters {
  siteId: string;
  status: ConcernStatus | '';
  tier: ConcernTier | '';
  page: number;
  pageSize: number;
}

export const DEFAULT_CONCERN_FILTERS: ConcernFilters = {
  siteId: '',
  status: '',
  tier: '',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  (values as readonly (string | null)[]).includes(value) ? (value as T) : '';

export function concernFiltersFrom(params: ParamMap): ConcernFilters {
  const siteId = params.get('siteId') ?? '';
  return {
    siteId: UUID.test(siteId) ? siteId : '',
    status: oneOf(CONCERN_STATUSES, params.get('status')),
    tier: oneOf(CONCERN_TIERS, params.get('tier')),
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

export function toConcernQuery({ siteId, status, tier, page, pageSize }: ConcernFilters): ConcernListQuery {
  return { ...(siteId ? { siteId } : {}), ...(status ? { status } : {}), ...(tier ? { tier } : {}), page, pageSize };
}
