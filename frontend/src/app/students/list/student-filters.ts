import { ParamMap } from '@angular/router';
import { DEFAULT_PAGE_SIZE, STUDENT_STATUSES, StudentListQuery, StudentStatus } from '@pathway/contracts';
import { pageFromParam, pageSizeFromParam } from '../../core/list/paged-list';
import { cohortFromParam } from '../cohorts';

/** The students list's state as it lives in the URL (`?search=&cohort=&profession=&status=&page=&pageSize=`). */
export interface StudentFilters {
  search: string;
  cohort: number | null;
  profession: string;
  status: StudentStatus | '';
  page: number;
  pageSize: number;
}

export const DEFAULT_STUDENT_FILTERS: StudentFilters = {
  search: '',
  cohort: null,
  profession: '',
  status: '',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

const isStatus = (value: string | null): value is StudentStatus =>
  (STUDENT_STATUSES as readonly (string | null)[]).includes(value);

/** Reads filters from query parameters, ignoring values that are not valid (a hand-edited or outdated link). */
export function studentFiltersFrom(params: ParamMap): StudentFilters {
  const status = params.get('status');
  return {
    search: params.get('search')?.trim() ?? '',
    cohort: cohortFromParam(params.get('cohort')),
    profession: params.get('profession')?.trim() ?? '',
    status: isStatus(status) ? status : '',
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

export function toStudentListQuery({
  search,
  cohort,
  profession,
  status,
  page,
  pageSize,
}: StudentFilters): StudentListQuery {
  return {
    ...(search ? { search } : {}),
    ...(cohort ? { cohort } : {}),
    ...(profession ? { profession } : {}),
    ...(status ? { status } : {}),
    page,
    pageSize,
  };
}

export function hasActiveStudentFilters({ search, cohort, profession, status }: StudentFilters): boolean {
  return search !== '' || cohort !== null || profession !== '' || status !== '';
}
