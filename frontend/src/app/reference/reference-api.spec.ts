import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReferenceApi } from './reference-api';

describe('ReferenceApi', () => {
  let api: ReferenceApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ReferenceApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('fetches professions once and shares them', () => {
    const seen: number[] = [];
    api.professions().subscribe((list) => seen.push(list.length));
    backend.expectOne('/api/v1/professions').flush([{ code: 'podiatry', name: 'Podiatry', shortage: true, active: true }]);
    api.professions().subscribe((list) => seen.push(list.length));
    backend.expectNone('/api/v1/professions');
    expect(seen).toEqual([1, 1]);
  });

  it('tries again after a failure', () => {
    api.directory().subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/users/directory').flush(null, { status: 503, statusText: 'Unavailable' });
    api.directory().subscribe();
    backend.expectOne('/api/v1/users/directory').flush([]);
  });

  it('reads regions from their own path', () => {
    api.regions().subscribe();
    backend.expectOne('/api/v1/regions').flush([]);
  });
});
