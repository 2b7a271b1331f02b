import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CampaignsApi } from './campaigns-api';

describe('CampaignsApi', () => {
  let api: CampaignsApi;
  let backend: HttpTestingController;
  const id = '0b6c3f9e-1111-4222-8333-444455556666';

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(CampaignsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists with only the filters that are set', () => {
    api.list({ search: '', when: 'active', page: 1, pageSize: 25 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/campaigns');
    expect(request.request.params.toString()).toBe('when=active&page=1&pageSize=25');
    request.flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('gets, creates and updates a campaign', () => {
    api.get(id).subscribe();
    backend.expectOne({ method: 'GET', url: `/api/v1/campaigns/${id}` }).flush({});

    const created = { name: 'Spring', startsOn: '2027-03-01', endsOn: '2027-05-31', targets: { events: 5 } };
    api.create(created).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/campaigns' }).request.body).toEqual(created);

    api.update(id, { version: 2, budget: 1000 }).subscribe();
    expect(backend.expectOne({ method: 'PATCH', url: `/api/v1/campaigns/${id}` }).request.body).toEqual({
      version: 2,
      budget: 1000,
    });
  });
});
