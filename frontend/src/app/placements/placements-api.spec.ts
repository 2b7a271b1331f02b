import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PlacementsApi } from './placements-api';

describe('PlacementsApi', () => {
  let api: PlacementsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(PlacementsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists placements with the quick filters as the API names them', () => {
    api.list({ studentId: 'st1', current: true, endingWithinDays: 14, page: 1, pageSize: 25 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/placements');
    expect(request.request.params.get('studentId')).toBe('st1');
    expect(request.request.params.get('current')).toBe('true');
    expect(request.request.params.get('endingWithinDays')).toBe('14');
    request.flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('searches and adds sites', () => {
    api.sites({ search: 'eye', pageSize: 8 }).subscribe();
    const list = backend.expectOne((candidate) => candidate.url === '/api/v1/placement-sites');
    expect(list.request.params.get('search')).toBe('eye');
    list.flush({ items: [], total: 0, page: 1, pageSize: 8 });

    api.createSite({ name: 'Eye clinic', professions: ['orthoptics'] }).subscribe();
    const create = backend.expectOne({ method: 'POST', url: '/api/v1/placement-sites' });
    expect(create.request.body).toEqual({ name: 'Eye clinic', professions: ['orthoptics'] });
    create.flush({});
  });

  it('creates placements and their survey links, one at a time or for a date range', () => {
    const placement = { studentId: 's', siteId: 'x', startsOn: '2026-01-05', endsOn: '2026-02-13', yearOfStudy: 2 };
    api.create(placement).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/placements' }).request.body).toEqual(placement);

    let url = '';
    api.inviteToSurvey('p1').subscribe((invitation) => (url = invitation.url));
    const invite = backend.expectOne({ method: 'POST', url: '/api/v1/placements/p1/survey-invitation' });
    invite.flush({ url: 'http://x/survey/t', expiresAt: '2026-03-01T00:00:00Z' });
    expect(url).toBe('http://x/survey/t');

    api.inviteEnding({ endsFrom: '2026-02-01', endsTo: '2026-02-14', validDays: 28 }).subscribe();
    const bulk = backend.expectOne({ method: 'POST', url: '/api/v1/survey-invitations/bulk' });
    expect(bulk.request.body).toEqual({ endsFrom: '2026-02-01', endsTo: '2026-02-14', validDays: 28 });
    bulk.flush({ invited: [], alreadyAnswered: 0, alreadyInvited: 0 });
  });
});
