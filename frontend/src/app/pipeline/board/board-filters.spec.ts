import { convertToParamMap } from '@angular/router';
import { paramsWithoutDefaults } from '../../core/list/paged-list';
import { boardFiltersFrom, DEFAULT_BOARD_FILTERS, hasActiveBoardFilters, toBoardQuery } from './board-filters';

const OWNER = '1fcd7b4b-13f4-481f-a31f-582b75cf0361';
const CAMPAIGN = '6b1f3c2e-8d4a-4f0e-9a57-2c9d1e4b7a10';

describe('board filters', () => {
  it('reads the URL and ignores what is not valid', () => {
    expect(
      boardFiltersFrom(convertToParamMap({ profession: 'podiatry', campaignId: CAMPAIGN, owner: OWNER, mine: 'true' })),
    ).toEqual({
      profession: 'podiatry',
      campaignId: CAMPAIGN,
      owner: OWNER,
      mine: true,
    });
    expect(
      boardFiltersFrom(convertToParamMap({ profession: 'DROP TABLE', campaignId: 'autumn', owner: 'bob', mine: '1' })),
    ).toEqual(DEFAULT_BOARD_FILTERS);
  });

  it('asks for the first page of each column, with "mine" taking over from the owner', () => {
    expect(toBoardQuery({ profession: '', campaignId: '', owner: OWNER, mine: false })).toEqual({
      ownerId: OWNER,
      pageSize: 20,
    });
    expect(toBoardQuery({ profession: 'podiatry', campaignId: CAMPAIGN, owner: OWNER, mine: true })).toEqual({
      profession: 'podiatry',
      campaignId: CAMPAIGN,
      mine: true,
      pageSize: 20,
    });
  });

  it('counts a campaign as a filter, and keeps defaults out of the URL', () => {
    expect(hasActiveBoardFilters(DEFAULT_BOARD_FILTERS)).toBe(false);
    expect(hasActiveBoardFilters({ ...DEFAULT_BOARD_FILTERS, campaignId: CAMPAIGN })).toBe(true);
    expect(
      paramsWithoutDefaults({ profession: '', campaignId: '', owner: '', mine: true }, DEFAULT_BOARD_FILTERS),
    ).toEqual({
      mine: true,
    });
  });
});
