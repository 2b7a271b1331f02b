import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_STUDENT_FILTERS,
  hasActiveStudentFilters,
  studentFiltersFrom,
  toStudentListQuery,
} from './student-filters';
import { unidentifiedSentence } from '../at-risk/at-risk-students';

describe('student filters', () => {
  it('reads valid filters from the URL and ignores the rest', () => {
    expect(
      studentFiltersFrom(convertToParamMap({ search: ' abdi ', cohort: '2025', status: 'withdrawn', page: '3' })),
    ).toEqual({
      ...DEFAULT_STUDENT_FILTERS,
      search: 'abdi',
      cohort: 2025,
      status: 'withdrawn',
      page: 3,
    });
    expect(studentFiltersFrom(convertToParamMap({ cohort: 'soon', status: 'expelled', page: '-1' }))).toEqual(
      DEFAULT_STUDENT_FILTERS,
    );
  });

  it('sends only the filters that are set', () => {
    expect(toStudentListQuery({ ...DEFAULT_STUDENT_FILTERS, profession: 'podiatry' })).toEqual({
      profession: 'podiatry',
      page: 1,
      pageSize: 25,
    });
    expect(hasActiveStudentFilters(DEFAULT_STUDENT_FILTERS)).toBe(false);
    expect(hasActiveStudentFilters({ ...DEFAULT_STUDENT_FILTERS, cohort: 2024 })).toBe(true);
  });
});

describe('unidentifiedSentence', () => {
  it('counts worrying responses from students who stay anonymous', () => {
    expect(unidentifiedSentence(0)).toBe('');
    expect(unidentifiedSentence(1)).toMatch(/^1 more response raised worries without consent to be contacted\./);
    expect(unidentifiedSentence(3)).toMatch(/^3 more responses raised worries/);
  });
});
