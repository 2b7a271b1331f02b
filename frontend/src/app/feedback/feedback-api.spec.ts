import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FeedbackApi } from './feedback-api';

describe('FeedbackApi', () => {
  let api: FeedbackApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(FeedbackApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists responses by site, review status and concern, and reviews one with its version', () => {
    api.responses({ siteId: 'x', reviewStatus: 'new', concernRaised: true, page: 1, pageSize: 25 }).subscribe();
    const list = backend.expectOne((candidate) => candidate.url === '/api/v1/survey-responses');
    expect(list.request.params.get('concernRaised')).toBe('true');
    expect(list.request.params.get('reviewStatus')).toBe('new');
    list.flush({ items: [], total: 0, page: 1, pageSize: 25 });

    api.updateResponse('r1', { version: 2, reviewStatus: 'reviewed', reviewNote: 'Shared with the site' }).subscribe();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/v1/survey-responses/r1' });
    expect(patch.request.body).toEqual({ version: 2, reviewStatus: 'reviewed', reviewNote: 'Shared with the site' });
    patch.flush({});
  });

  it('fetches the templates once for every card that needs them', () => {
    api.templates().subscribe();
    api.templates().subscribe();
    backend.expectOne('/api/v1/survey-templates').flush([]);
    api.templates().subscribe();
    backend.expectNone('/api/v1/survey-templates');
  });

  it('lists and updates concerns', () => {
    api.concerns({ status: 'resolved', pageSize: 100 }).subscribe();
    const list = backend.expectOne((candidate) => candidate.url === '/api/v1/concerns');
    expect(list.request.params.get('status')).toBe('resolved');
    list.flush({ items: [], total: 0, page: 1, pageSize: 100 });

    api.updateConcern('c1', { version: 1, status: 'resolved', resolution: 'Rota fixed' }).subscribe();
    expect(backend.expectOne({ method: 'PATCH', url: '/api/v1/concerns/c1' }).request.body).toEqual({
      version: 1,
      status: 'resolved',
      resolution: 'Rota fixed',
    });
  });

  it('asks for the aggregate reports with their filters', () => {
    api.retention({ cohort: 2025 }).subscribe();
    const retention = backend.expectOne((candidate) => candidate.url === '/api/v1/reports/retention');
    expect(retention.request.params.get('cohort')).toBe('2025');
    retention.flush({ rows: [] });

    api.placementExperience({ siteId: 's1', profession: 'podiatry' }).subscribe();
    const experience = backend.expectOne((candidate) => candidate.url === '/api/v1/reports/placement-experience');
    expect(experience.request.params.get('siteId')).toBe('s1');
    expect(experience.request.params.get('profession')).toBe('podiatry');
    experience.flush({});
  });
});
