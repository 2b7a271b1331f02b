import { ParamMap } from '@angular/router';
import {
  APPLICANT_SORT_FIELDS,
  ApplicantListQuery,
  Audience,
  AUDIENCE_LABELS,
  AUDIENCES,
  DEFAULT_PAGE_SIZE,
  Region,
  REGION_LABELS,
  REGIONS,
  Source,
  SOURCE_LABELS,
  SOURCES,
  Stage,
  STAGE_LABELS,
  STAGES,
} from '@pathway/contracts';
import { pageFromParam, pageSizeFromParam } from '../../core/list/paged-list';

/** The owner filter's value for "my applicants": a link means the same thing to whoever opens it. */
export const OWNER_ME = 'me';

/** The applicants list's state as it lives in the URL. */
export interface ApplicantFilters {
  search: string;
  stage: Stage | '';
  /** A profession code. */
  profession: string;
  /** `me`, a user id, or empty for anyone. */
  owner: string;
  source: Source | '';
  /** The campaign people first came through (an id). */
  campaignId: string;
  region: Region | '';
  audience: Audience | '';
  tag: string;
  /** Archived applicants only, instead of current ones. */
  archived: boolean;
  /** A sort field, descending when prefixed with `-`. */
  sort: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_APPLICANT_FILTERS: ApplicantFilters = {
  search: '',
  stage: '',
  profession: '',
  owner: '',
  source: '',
  campaignId: '',
  region: '',
  audience: '',
  tag: '',
  archived: false,
  sort: '-createdAt',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/** The filters a person sets (everything but search, sort and paging), in the order their chips appear. */
export const FILTER_KEYS = [
  'stage',
  'profession',
  'owner',
  'source',
  'campaignId',
  'region',
  'audience',
  'tag',
  'archived',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const APPLICANT_SORTS: readonly string[] = APPLICANT_SORT_FIELDS.flatMap((field) => [field, `-${field}`]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[a-z0-9_]{1,60}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return (values as readonly (string | null)[]).includes(value) ? (value as T) : '';
}

/** Reads filters from query parameters, ignoring values that are not valid (a hand-edited or outdated link). */
export function applicantFiltersFrom(params: ParamMap): ApplicantFilters {
  const profession = params.get('profession') ?? '';
  const owner = params.get('owner') ?? '';
  const campaignId = params.get('campaignId') ?? '';
  const sort = params.get('sort');
  return {
    search: params.get('search')?.trim().slice(0, 100) ?? '',
    stage: oneOf(STAGES, params.get('stage')),
    profession: CODE.test(profession) ? profession : '',
    owner: owner === OWNER_ME || UUID.test(owner) ? owner : '',
    source: oneOf(SOURCES, params.get('source')),
    campaignId: UUID.test(campaignId) ? campaignId : '',
    region: oneOf(REGIONS, params.get('region')),
    audience: oneOf(AUDIENCES, params.get('audience')),
    tag: normaliseTag(params.get('tag') ?? ''),
    archived: params.get('archived') === 'true',
    sort: sort && APPLICANT_SORTS.includes(sort) ? sort : DEFAULT_APPLICANT_FILTERS.sort,
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

/** Tags are stored lower-case; a filter matches the whole tag. */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().slice(0, 40);
}

export function toApplicantListQuery(filters: ApplicantFilters, myId: string | null): ApplicantListQuery {
  const {
    search,
    stage,
    profession,
    owner,
    source,
    campaignId,
    region,
    audience,
    tag,
    archived,
    sort,
    page,
    pageSize,
  } = filters;
  const ownerId = owner === OWNER_ME ? myId : owner;
  return {
    ...(search ? { search } : {}),
    ...(stage ? { stage } : {}),
    ...(profession ? { profession } : {}),
    ...(ownerId ? { ownerId } : {}),
    ...(source ? { source } : {}),
    ...(campaignId ? { campaignId } : {}),
    ...(region ? { region } : {}),
    ...(audience ? { audience } : {}),
    ...(tag ? { tag } : {}),
    ...(archived ? { archived } : {}),
    sort,
    page,
    pageSize,
  };
}

export function hasActiveApplicantFilters(filters: ApplicantFilters): boolean {
  return filters.search !== '' || FILTER_KEYS.some((key) => filters[key] !== DEFAULT_APPLICANT_FILTERS[key]);
}

export interface FilterChip {
  key: FilterKey;
  label: string;
}

/** How the chips name what a code or id stands for; reference data may not have arrived yet. */
export interface FilterNames {
  profession: (code: string) => string;
  owner: (id: string) => string;
  campaign: (id: string) => string;
}

/** "Stage: Engaged", "Owner: Mine"… one chip per filter that is set. */
export function activeFilterChips(filters: ApplicantFilters, names: FilterNames): FilterChip[] {
  const describe: Record<FilterKey, () => string> = {
    stage: () => `Stage: ${filters.stage ? STAGE_LABELS[filters.stage] : ''}`,
    profession: () => `Profession: ${names.profession(filters.profession)}`,
    owner: () => `Owner: ${filters.owner === OWNER_ME ? 'Mine' : names.owner(filters.owner) || 'Someone else'}`,
    source: () => `Source: ${filters.source ? SOURCE_LABELS[filters.source] : ''}`,
    campaignId: () => `Campaign: ${names.campaign(filters.campaignId) || 'A campaign'}`,
    region: () => `Region: ${filters.region ? REGION_LABELS[filters.region] : ''}`,
    audience: () => `Audience: ${filters.audience ? AUDIENCE_LABELS[filters.audience] : ''}`,
    tag: () => `Tag: ${filters.tag}`,
    archived: () => 'Archived only',
  };
  return FILTER_KEYS.filter((key) => filters[key] !== DEFAULT_APPLICANT_FILTERS[key]).map((key) => ({
    key,
    label: describe[key](),
  }));
}
