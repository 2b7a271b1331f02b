import { ParamMap } from '@angular/router';
import { DEFAULT_PAGE_SIZE, PlacementListQuery } from '@pathway/contracts';
import { pageFromParam, pageSizeFromParam } from '../../core/list/paged-list';
import { cohortFromParam } from '../../students/cohorts';

/** "Ending soon" means ending within this many days, the usual notice for sending a survey link. */
export const ENDING_SOON_DAYS = 14;

export const WHEN_FILTERS = ['all', 'current', 'ending'] as const;
export type WhenFilter = (typeof WHEN_FILTERS)[number];

/** The placements list's state as it lives in the URL (`?siteId=&cohort=&profession=&when=&page=&pageSize=`). */
export interface PlacementFilters {
  siteId: string;
  cohort: number | null;
  profession: string;
  when: WhenFilter;
  page: number;
  pageSize: number;
}

export const DEFAULT_PLACEMENT_FILTERS: PlacementFilters = {
  siteId: '',
  cohort: null,
  profession: '',
  when: 'all',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads filters from query parameters, ignoring values that are not valid (a hand-edited or outdated link). */
export function placementFiltersFrom(params: ParamMap): PlacementFilters {
  const siteId = params.get('siteId') ?? '';
  const when = params.get('when');
  return {
    siteId: UUID.test(siteId) ? siteId : '',
    cohort: cohortFromParam(params.get('cohort')),
    profession: params.get('profession')?.trim() ?? '',
    when: (WHEN_FILTERS as readonly (string | null)[]).includes(when) ? (when as WhenFilter) : 'all',
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

export function toPlacementListQuery({
  siteId,
  cohort,
  profession,
  when,
  page,
  pageSize,
}: PlacementFilters): PlacementListQuery {
  return {
    ...(siteId ? { siteId } : {}),
    ...(cohort ? { cohort } : {}),
    ...(profession ? { profession } : {}),
    ...(when === 'current' ? { current: true } : {}),
    ...(when === 'ending' ? { endingWithinDays: ENDING_SOON_DAYS } : {}),
    page,
    pageSize,
  };
}

export function hasActivePlacementFilters({ siteId, cohort, profession, when }: PlacementFilters): boolean {
  return siteId !== '' || cohort !== null || profession !== '' || when !== 'all';
}
