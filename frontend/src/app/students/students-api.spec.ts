import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StudentsApi } from './students-api';

describe('StudentsApi', () => {
  let api: StudentsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(StudentsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists students with only the filters that are set', () => {
    api.list({ search: 'abdi', cohort: 2025, status: 'active', page: 2, pageSize: 25 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/students');
    expect(request.request.params.keys().sort()).toEqual(['cohort', 'page', 'pageSize', 'search', 'status']);
    expect(request.request.params.get('cohort')).toBe('2025');
    request.flush({ items: [], total: 0, page: 2, pageSize: 25 });
  });

  it('creates, reads and updates a student by id', () => {
    const body = { firstName: 'Ann', lastName: 'Lee', profession: 'podiatry', route: 'bsc', cohort: 2026 } as const;
    api.create(body).subscribe();
    const created = backend.expectOne({ method: 'POST', url: '/api/v1/students' });
    expect(created.request.body).toEqual(body);
    created.flush({});

    api.get('s/1').subscribe();
    backend.expectOne({ method: 'GET', url: '/api/v1/students/s%2F1' }).flush({});

    api
      .update('s1', { version: 3, status: 'withdrawn', withdrawalReason: 'financial', statusNote: 'Moved away' })
      .subscribe();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/v1/students/s1' });
    expect(patch.request.body).toEqual({
      version: 3,
      status: 'withdrawn',
      withdrawalReason: 'financial',
      statusNote: 'Moved away',
    });
    patch.flush({});
  });

  it('asks for the at-risk list by cohort and profession', () => {
    api.atRisk({ profession: 'orthoptics' }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/students/at-risk');
    expect(request.request.params.get('profession')).toBe('orthoptics');
    expect(request.request.params.has('cohort')).toBe(false);
    request.flush({ students: [], unidentifiedResponses: 0 });
  });
});
