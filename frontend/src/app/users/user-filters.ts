import { ParamMap } from '@angular/router';
import { DEFAULT_PAGE_SIZE, isRole, Role, USER_SORT_FIELDS, UserListQuery } from '@pathway/contracts';
import { pageFromParam, pageSizeFromParam } from '../core/list/paged-list';

export const STATUS_FILTERS = ['all', 'active', 'deactivated'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The users list's state as it lives in the URL (`?search=&role=&status=&sort=&page=&pageSize=`). */
export interface UserFilters {
  search: string;
  role: Role | '';
  status: StatusFilter;
  /** A sort field, descending when prefixed with `-`. */
  sort: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_USER_FILTERS: UserFilters = {
  search: '',
  role: '',
  status: 'all',
  sort: 'name',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

const SORTS: readonly string[] = USER_SORT_FIELDS.flatMap((field) => [field, `-${field}`]);

/** Reads filters from query parameters, ignoring values that are not valid (a hand-edited or outdated link). */
export function userFiltersFrom(params: ParamMap): UserFilters {
  const role = params.get('role');
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    search: params.get('search')?.trim() ?? '',
    role: isRole(role) ? role : '',
    status: (STATUS_FILTERS as readonly (string | null)[]).includes(status) ? (status as StatusFilter) : 'all',
    sort: sort && SORTS.includes(sort) ? sort : DEFAULT_USER_FILTERS.sort,
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

export function toUserListQuery({ search, role, status, sort, page, pageSize }: UserFilters): UserListQuery {
  return {
    ...(search ? { search } : {}),
    ...(role ? { role } : {}),
    ...(status === 'all' ? {} : { active: status === 'active' }),
    sort,
    page,
    pageSize,
  };
}

export function hasActiveFilters({ search, role, status }: UserFilters): boolean {
  return search !== '' || role !== '' || status !== 'all';
}
