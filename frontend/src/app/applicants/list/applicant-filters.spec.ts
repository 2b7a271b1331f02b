import { convertToParamMap } from '@angular/router';
import { paramsWithoutDefaults } from '../../core/list/paged-list';
import {
  activeFilterChips,
  applicantFiltersFrom,
  DEFAULT_APPLICANT_FILTERS,
  hasActiveApplicantFilters,
  toApplicantListQuery,
} from './applicant-filters';

const OWNER = '1fcd7b4b-13f4-481f-a31f-582b75cf0361';
const CAMPAIGN = '6b1f3c2e-8d4a-4f0e-9a57-2c9d1e4b7a10';

describe('applicant filters', () => {
  it('reads every filter from the URL', () => {
    const filters = applicantFiltersFrom(
      convertToParamMap({
        search: ' ann ',
        stage: 'engaged',
        profession: 'podiatry',
        owner: OWNER,
        source: 'webinar',
        campaignId: CAMPAIGN,
        region: 'london',
        audience: 'parent',
        tag: 'Year-12',
        archived: 'true',
        sort: 'lastName',
        page: '3',
        pageSize: '50',
      }),
    );
    expect(filters).toEqual({
      search: 'ann',
      stage: 'engaged',
      profession: 'podiatry',
      owner: OWNER,
      source: 'webinar',
      campaignId: CAMPAIGN,
      region: 'london',
      audience: 'parent',
      tag: 'year-12',
      archived: true,
      sort: 'lastName',
      page: 3,
      pageSize: 50,
    });
  });

  it('turns invalid values into defaults', () => {
    const filters = applicantFiltersFrom(
      convertToParamMap({
        stage: 'hired',
        owner: 'bob',
        campaignId: 'autumn',
        profession: 'Pod iatry!',
        sort: 'email',
        archived: 'yes',
        page: '-1',
      }),
    );
    expect(filters).toEqual(DEFAULT_APPLICANT_FILTERS);
    expect(hasActiveApplicantFilters(filters)).toBe(false);
  });

  it('writes only what differs from the defaults back to the URL', () => {
    const filters = { ...DEFAULT_APPLICANT_FILTERS, stage: 'offer' as const, owner: 'me', page: 2 };
    expect(paramsWithoutDefaults(filters, DEFAULT_APPLICANT_FILTERS)).toEqual({ stage: 'offer', owner: 'me', page: 2 });
  });

  it('asks the API for "mine" with the signed-in user id', () => {
    const filters = applicantFiltersFrom(
      convertToParamMap({ owner: 'me', campaignId: CAMPAIGN, archived: 'true', tag: 'open-day' }),
    );
    expect(toApplicantListQuery(filters, 'my-id')).toEqual({
      ownerId: 'my-id',
      campaignId: CAMPAIGN,
      archived: true,
      tag: 'open-day',
      sort: '-createdAt',
      page: 1,
      pageSize: 25,
    });
  });

  it('names each active filter for its chip', () => {
    const filters = applicantFiltersFrom(
      convertToParamMap({
        stage: 'serious_conversation',
        profession: 'podiatry',
        owner: OWNER,
        campaignId: CAMPAIGN,
        archived: 'true',
        search: 'x',
      }),
    );
    const chips = activeFilterChips(filters, {
      profession: () => 'Podiatry',
      owner: () => 'Aisha Khan',
      campaign: () => 'Schools 2026',
    });
    expect(chips).toEqual([
      { key: 'stage', label: 'Stage: Serious conversation' },
      { key: 'profession', label: 'Profession: Podiatry' },
      { key: 'owner', label: 'Owner: Aisha Khan' },
      { key: 'campaignId', label: 'Campaign: Schools 2026' },
      { key: 'archived', label: 'Archived only' },
    ]);
    expect(
      activeFilterChips({ ...filters, owner: 'me' }, { profession: String, owner: String, campaign: String })[2].label,
    ).toBe('Owner: Mine');
  });
});
