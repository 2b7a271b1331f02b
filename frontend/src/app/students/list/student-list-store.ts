import { computed, inject, Injectable } from '@angular/core';
import { pagedList } from '../../core/list/paged-list';
import { StudentsApi } from '../students-api';
import {
  DEFAULT_STUDENT_FILTERS,
  hasActiveStudentFilters,
  StudentFilters,
  studentFiltersFrom,
  toStudentListQuery,
} from './student-filters';

/** The students page's state: filters kept in the URL, and the page of students they select. */
@Injectable()
export class StudentListStore {
  private readonly api = inject(StudentsApi);
  private readonly list = pagedList({
    parse: studentFiltersFrom,
    defaults: DEFAULT_STUDENT_FILTERS,
    toQuery: toStudentListQuery,
    load: (query) => this.api.list(query),
  });

  readonly filters = this.list.filters;
  readonly students = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;
  readonly filtered = computed(() => hasActiveStudentFilters(this.filters()));

  setFilters(changes: Partial<StudentFilters>): void {
    this.list.setFilters(changes);
  }

  clearFilters(): void {
    this.list.setFilters({ search: '', cohort: null, profession: '', status: '', page: 1 });
  }

  reload(): void {
    this.list.reload();
  }
}
