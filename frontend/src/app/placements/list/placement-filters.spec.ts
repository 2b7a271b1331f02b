import { convertToParamMap } from '@angular/router';
import { DEFAULT_PLACEMENT_FILTERS, placementFiltersFrom, toPlacementListQuery } from './placement-filters';

const SITE = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('placement filters', () => {
  it('reads the quick filter and site from the URL', () => {
    expect(placementFiltersFrom(convertToParamMap({ when: 'ending', siteId: SITE, cohort: '2024' }))).toEqual({
      ...DEFAULT_PLACEMENT_FILTERS,
      when: 'ending',
      siteId: SITE,
      cohort: 2024,
    });
    expect(placementFiltersFrom(convertToParamMap({ when: 'someday', siteId: 'not-an-id' }))).toEqual(
      DEFAULT_PLACEMENT_FILTERS,
    );
  });

  it('asks for current placements, or those ending in the next 14 days', () => {
    expect(toPlacementListQuery({ ...DEFAULT_PLACEMENT_FILTERS, when: 'current' })).toEqual({
      current: true,
      page: 1,
      pageSize: 25,
    });
    expect(toPlacementListQuery({ ...DEFAULT_PLACEMENT_FILTERS, when: 'ending', siteId: SITE })).toEqual({
      siteId: SITE,
      endingWithinDays: 14,
      page: 1,
      pageSize: 25,
    });
  });
});
