import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../core/auth/error-handling-context';
import { PublicEventsApi } from './public-events-api';

describe('PublicEventsApi', () => {
  let api: PublicEventsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(PublicEventsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads an event by its slug and explains failures itself', () => {
    api.event('open-day-a1b2c3').subscribe();
    const request = backend.expectOne({ method: 'GET', url: '/api/v1/public/events/open-day-a1b2c3' });
    expect(request.request.context.get(SKIP_GLOBAL_ERROR_HANDLING)).toBe(true);
    request.flush({});
  });

  it('registers and answers the thank-you message', () => {
    let message = '';
    const body = {
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann@example.org',
      ageBand: '16_18',
      consentToContact: true,
      website: '',
    } as const;
    api.register('open-day-a1b2c3', body).subscribe((answer) => (message = answer));
    const request = backend.expectOne({ method: 'POST', url: '/api/v1/public/events/open-day-a1b2c3/register' });
    expect(request.request.body).toEqual(body);
    expect(request.request.context.get(SKIP_GLOBAL_ERROR_HANDLING)).toBe(true);
    request.flush({ message: 'Thank you' });
    expect(message).toBe('Thank you');
  });
});
