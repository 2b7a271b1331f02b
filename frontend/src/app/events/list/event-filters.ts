import { ParamMap } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
  EventListQuery,
  EventType,
  Region,
  REGION_LABELS,
  REGIONS,
} from '@pathway/contracts';
import { isCalendarDay, startOfDay } from '../../core/format/calendar-day';
import { formatDate } from '../../core/format/date.pipe';
import { pageFromParam, pageSizeFromParam } from '../../core/list/paged-list';

export type EventsWhen = 'upcoming' | 'past';

/** The events list's state as it lives in the URL. */
export interface EventFilters {
  when: EventsWhen;
  search: string;
  type: EventType | '';
  region: Region | '';
  campaignId: string;
  /** A profession code. */
  profession: string;
  /** Calendar days (`YYYY-MM-DD`), both inclusive. */
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_EVENT_FILTERS: EventFilters = {
  when: 'upcoming',
  search: '',
  type: '',
  region: '',
  campaignId: '',
  profession: '',
  from: '',
  to: '',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/** The filters a person sets (everything but upcoming/past, search and paging), in the order their chips appear. */
export const EVENT_FILTER_KEYS = ['type', 'region', 'campaignId', 'profession', 'from', 'to'] as const;
export type EventFilterKey = (typeof EVENT_FILTER_KEYS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[a-z0-9_]{1,60}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return (values as readonly (string | null)[]).includes(value) ? (value as T) : '';
}

const day = (value: string | null) => (value && isCalendarDay(value) ? value : '');

/** Reads filters from query parameters, ignoring values that are not valid (a hand-edited or outdated link). */
export function eventFiltersFrom(params: ParamMap): EventFilters {
  const campaignId = params.get('campaignId') ?? '';
  const profession = params.get('profession') ?? '';
  return {
    when: params.get('when') === 'past' ? 'past' : 'upcoming',
    search: params.get('search')?.trim().slice(0, 100) ?? '',
    type: oneOf(EVENT_TYPES, params.get('type')),
    region: oneOf(REGIONS, params.get('region')),
    campaignId: UUID.test(campaignId) ? campaignId : '',
    profession: CODE.test(profession) ? profession : '',
    from: day(params.get('from')),
    to: day(params.get('to')),
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

/** Days become times in the browser's time zone: from the start of `from` to the end of `to`. */
export function toEventListQuery(filters: EventFilters): EventListQuery {
  const { when, search, type, region, campaignId, profession, from, to, page, pageSize } = filters;
  return {
    when,
    ...(search ? { search } : {}),
    ...(type ? { type } : {}),
    ...(region ? { region } : {}),
    ...(campaignId ? { campaignId } : {}),
    ...(profession ? { profession } : {}),
    ...(from ? { from: startOfDay(from).toISOString() } : {}),
    ...(to ? { to: startOfDay(to, 1).toISOString() } : {}),
    page,
    pageSize,
  };
}

export function hasActiveEventFilters(filters: EventFilters): boolean {
  return filters.search !== '' || EVENT_FILTER_KEYS.some((key) => filters[key] !== DEFAULT_EVENT_FILTERS[key]);
}

export interface EventFilterChip {
  key: EventFilterKey;
  label: string;
}

/** How the chips name what a code or id stands for; reference data may not have arrived yet. */
export interface EventFilterNames {
  campaign: (id: string) => string;
  profession: (code: string) => string;
}

/** "Type: Webinar", "From: 1 Mar 2027"… one chip per filter that is set. */
export function activeEventFilterChips(filters: EventFilters, names: EventFilterNames): EventFilterChip[] {
  const describe: Record<EventFilterKey, () => string> = {
    type: () => `Type: ${filters.type ? EVENT_TYPE_LABELS[filters.type] : ''}`,
    region: () => `Region: ${filters.region ? REGION_LABELS[filters.region] : ''}`,
    campaignId: () => `Campaign: ${names.campaign(filters.campaignId) || 'Another campaign'}`,
    profession: () => `Profession: ${names.profession(filters.profession)}`,
    from: () => `From: ${formatDate(filters.from)}`,
    to: () => `To: ${formatDate(filters.to)}`,
  };
  return EVENT_FILTER_KEYS.filter((key) => filters[key] !== DEFAULT_EVENT_FILTERS[key]).map((key) => ({
    key,
    label: describe[key](),
  }));
}
