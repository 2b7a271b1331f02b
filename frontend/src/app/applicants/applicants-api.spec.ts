import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApplicantsApi } from './applicants-api';

describe('ApplicantsApi', () => {
  let api: ApplicantsApi;
  let backend: HttpTestingController;
  const id = '0b6c3f9e-1111-4222-8333-444455556666';

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ApplicantsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists with only the filters that are set', () => {
    api.list({ search: 'ann', stage: 'engaged', archived: true, sort: '-updatedAt', page: 2, pageSize: 25 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/applicants');
    expect(request.request.params.toString()).toBe('search=ann&stage=engaged&archived=true&sort=-updatedAt&page=2&pageSize=25');
    request.flush({ items: [], total: 0, page: 2, pageSize: 25 });
  });

  it.each([
    ['get', () => api.get(id), 'GET', `/api/v1/applicants/${id}`],
    ['timeline', () => api.timeline(id), 'GET', `/api/v1/applicants/${id}/timeline`],
    ['widening participation', () => api.wideningParticipation(id), 'GET', `/api/v1/applicants/${id}/widening-participation`],
    ['archive', () => api.archive(id), 'DELETE', `/api/v1/applicants/${id}`],
    ['restore', () => api.restore(id), 'POST', `/api/v1/applicants/${id}/restore`],
  ])('%s calls %s %s', (_name, call, method, url) => {
    call().subscribe();
    backend.expectOne({ method, url }).flush({});
  });

  it('sends writes with their bodies', () => {
    api.create({ firstName: 'Ann', lastName: 'Lee', allowDuplicate: true }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/applicants' }).request.body).toEqual({
      firstName: 'Ann',
      lastName: 'Lee',
      allowDuplicate: true,
    });

    api.update(id, { version: 3, email: null }).subscribe();
    expect(backend.expectOne({ method: 'PATCH', url: `/api/v1/applicants/${id}` }).request.body).toEqual({
      version: 3,
      email: null,
    });

    api.moveStage(id, { stage: 'closed', reason: 'withdrew' }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: `/api/v1/applicants/${id}/stage` }).request.body).toEqual({
      stage: 'closed',
      reason: 'withdrew',
    });

    api.bulk({ ids: [id], addTags: ['open-day'] }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/applicants/bulk' }).request.body).toEqual({
      ids: [id],
      addTags: ['open-day'],
    });
  });
});
