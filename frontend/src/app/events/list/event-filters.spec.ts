import { convertToParamMap } from '@angular/router';
import { activeEventFilterChips, DEFAULT_EVENT_FILTERS, eventFiltersFrom, toEventListQuery } from './event-filters';

const campaignId = '9ce30937-5dd0-4156-954c-5dd61ff42264';

describe('event filters', () => {
  it('read valid values from the URL and drop the rest', () => {
    const filters = eventFiltersFrom(
      convertToParamMap({
        when: 'past',
        search: '  fair ',
        type: 'careers_fair',
        region: 'atlantis',
        campaignId,
        profession: 'DROP TABLE',
        from: '2027-03-01',
        to: '1/3/2027',
        page: '2',
      }),
    );
    expect(filters).toEqual({
      ...DEFAULT_EVENT_FILTERS,
      when: 'past',
      search: 'fair',
      type: 'careers_fair',
      campaignId,
      from: '2027-03-01',
      page: 2,
    });
  });

  it('default to upcoming events', () => {
    expect(eventFiltersFrom(convertToParamMap({ when: 'someday' })).when).toBe('upcoming');
  });

  it('turn a day range into times covering both whole days', () => {
    const query = toEventListQuery({ ...DEFAULT_EVENT_FILTERS, from: '2027-03-01', to: '2027-03-31' });
    expect(query.from).toBe(new Date(2027, 2, 1).toISOString());
    expect(query.to).toBe(new Date(2027, 3, 1).toISOString());
    expect(query).not.toHaveProperty('type');
  });

  it('name each active filter in a chip', () => {
    const chips = activeEventFilterChips(
      { ...DEFAULT_EVENT_FILTERS, type: 'webinar', campaignId, from: '2027-03-01' },
      { campaign: () => 'Spring push', profession: (code) => code },
    );
    expect(chips.map((chip) => chip.label)).toEqual(['Type: Webinar', 'Campaign: Spring push', 'From: 1 Mar 2027']);
  });
});
