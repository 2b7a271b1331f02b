import { ParamMap, Params } from '@angular/router';
import { FUNNEL_BREAKDOWNS, REGIONS, SOURCES } from '@pathway/contracts';
import { isCalendarDay, startOfDay } from '../core/format/calendar-day';
import { ReportParams } from './reports-api';

/**
 * A report's filters as they live in the URL: every filter is a string, '' when not set. Days are calendar days
 * (`YYYY-MM-DD`); every other value must be one the API accepts, else it is dropped.
 */
export type ReportFilters<K extends string> = Record<K, string>;

/** What each filter accepts: a day, an id, free text, a year, or one of a list. */
export type FilterKind = 'day' | 'id' | 'text' | 'year' | readonly string[];

export type FilterSpec<K extends string> = Record<K, FilterKind>;

const ID = /^[0-9a-f-]{36}$/i;

function accepts(kind: FilterKind, value: string): boolean {
  if (kind === 'day') return isCalendarDay(value);
  if (kind === 'id') return ID.test(value);
  if (kind === 'text') return value.length > 0 && value.length <= 60;
  if (kind === 'year') return /^20\d\d$/.test(value);
  return kind.includes(value);
}

export function filtersFrom<K extends string>(spec: FilterSpec<K>, params: ParamMap): ReportFilters<K> {
  const filters = {} as ReportFilters<K>;
  for (const key of Object.keys(spec) as K[]) {
    const value = params.get(key)?.trim() ?? '';
    filters[key] = accepts(spec[key], value) ? value : '';
  }
  return filters;
}

/** Query parameters for the URL: only the filters that are set, so that links stay short. */
export function filtersToParams<K extends string>(filters: ReportFilters<K>): Params {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
}

/**
 * The API query: "from" includes the whole first day and "to" the whole last day (the API's `to` is exclusive).
 * `rename` maps a URL name to the API's where they differ (the funnel's officer is its `ownerId`).
 */
export function toReportParams<K extends string>(
  spec: FilterSpec<K>,
  filters: ReportFilters<K>,
  rename: Partial<Record<K, string>> = {},
): ReportParams {
  const params: ReportParams = {};
  for (const key of Object.keys(spec) as K[]) {
    const value = filters[key];
    if (!value) continue;
    const name = rename[key] ?? key;
    if (key === 'from') params[name] = startOfDay(value, 0).toISOString();
    else if (key === 'to') params[name] = startOfDay(value, 1).toISOString();
    else params[name] = value;
  }
  return params;
}

export function hasFilters(filters: Record<string, string>): boolean {
  return Object.values(filters).some((value) => value !== '');
}

export const FUNNEL_FILTERS = {
  from: 'day',
  to: 'day',
  source: SOURCES,
  campaignId: 'id',
  profession: 'text',
  region: REGIONS,
  officerId: 'id',
  breakdown: FUNNEL_BREAKDOWNS,
} as const satisfies FilterSpec<string>;

export const SERIOUS_CONVERSATION_FILTERS = {
  from: 'day',
  to: 'day',
  officerId: 'id',
  profession: 'text',
  campaignId: 'id',
  region: REGIONS,
} as const satisfies FilterSpec<string>;

export const REACH_FILTERS = {
  from: 'day',
  to: 'day',
  campaignId: 'id',
  region: REGIONS,
  type: 'text',
} as const satisfies FilterSpec<string>;

export const RETENTION_FILTERS = { cohort: 'year', profession: 'text' } as const satisfies FilterSpec<string>;

export const PLACEMENT_EXPERIENCE_FILTERS = {
  cohort: 'year',
  profession: 'text',
} as const satisfies FilterSpec<string>;
