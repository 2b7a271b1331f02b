import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../core/auth/error-handling-context';
import { PublicSurveysApi } from './public-surveys-api';

describe('PublicSurveysApi', () => {
  let api: PublicSurveysApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(PublicSurveysApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads the questions behind a link and explains failures itself', () => {
    api.survey('abc_DEF-123').subscribe();
    const request = backend.expectOne({ method: 'GET', url: '/api/v1/public/surveys/abc_DEF-123' });
    expect(request.request.context.get(SKIP_GLOBAL_ERROR_HANDLING)).toBe(true);
    request.flush({ siteName: 'Eye clinic', questions: [] });
  });

  it('sends the answers and returns the thank-you message', () => {
    let message = '';
    const submission = { answers: { overall: 4 }, concernRaised: false, concernText: null, consentToContact: false };
    api.submit('tok', submission).subscribe((answer) => (message = answer));
    const request = backend.expectOne({ method: 'POST', url: '/api/v1/public/surveys/tok' });
    expect(request.request.body).toEqual(submission);
    expect(request.request.context.get(SKIP_GLOBAL_ERROR_HANDLING)).toBe(true);
    request.flush({ message: 'Thank you.' }, { status: 201, statusText: 'Created' });
    expect(message).toBe('Thank you.');
  });
});
