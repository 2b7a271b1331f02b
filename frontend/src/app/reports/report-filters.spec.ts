import { convertToParamMap } from '@angular/router';
import { startOfDay } from '../core/format/calendar-day';
import {
  filtersFrom,
  filtersToParams,
  FUNNEL_FILTERS,
  hasFilters,
  REACH_FILTERS,
  RETENTION_FILTERS,
  toReportParams,
} from './report-filters';

const CAMPAIGN = '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01';

describe('report filters', () => {
  it('reads valid values from the URL and drops invalid ones', () => {
    const filters = filtersFrom(
      FUNNEL_FILTERS,
      convertToParamMap({
        from: '2026-01-05',
        to: 'yesterday',
        source: 'event',
        campaignId: CAMPAIGN,
        region: 'atlantis',
        officerId: 'not-an-id',
        breakdown: 'campaign',
        extra: 'ignored',
      }),
    );
    expect(filters).toEqual({
      from: '2026-01-05',
      to: '',
      source: 'event',
      campaignId: CAMPAIGN,
      profession: '',
      region: '',
      officerId: '',
      breakdown: 'campaign',
    });
  });

  it('accepts only years as cohorts', () => {
    expect(filtersFrom(RETENTION_FILTERS, convertToParamMap({ cohort: '2025', profession: 'nursing' }))).toEqual({
      cohort: '2025',
      profession: 'nursing',
    });
    expect(filtersFrom(RETENTION_FILTERS, convertToParamMap({ cohort: 'last' })).cohort).toBe('');
  });

  it('keeps only the filters that are set in the URL, so a round trip gives the same filters', () => {
    const filters = filtersFrom(REACH_FILTERS, convertToParamMap({ campaignId: CAMPAIGN, type: 'webinar' }));
    const params = filtersToParams(filters);
    expect(params).toEqual({ campaignId: CAMPAIGN, type: 'webinar' });
    expect(filtersFrom(REACH_FILTERS, convertToParamMap(params))).toEqual(filters);
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(filtersFrom(REACH_FILTERS, convertToParamMap({})))).toBe(false);
  });

  it('asks the API for whole days, with an exclusive end, and renames filters the API names differently', () => {
    const filters = filtersFrom(
      FUNNEL_FILTERS,
      convertToParamMap({ from: '2026-03-01', to: '2026-03-31', officerId: CAMPAIGN, source: 'referral' }),
    );
    expect(toReportParams(FUNNEL_FILTERS, filters, { officerId: 'ownerId' })).toEqual({
      from: startOfDay('2026-03-01').toISOString(),
      to: startOfDay('2026-04-01').toISOString(),
      source: 'referral',
      ownerId: CAMPAIGN,
    });
  });
});
