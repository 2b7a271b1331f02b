import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore, SESSION_STORAGE_KEY } from './auth-store';
import { handledByCaller } from './error-handling-context';
import { errorInterceptor } from './error.interceptor';

@Component({ template: '' })
class BlankPage {}

describe('errorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let snackBar: { open: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    snackBar = { open: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'login', component: BlankPage },
          { path: 'users', component: BlankPage },
        ]),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).startSession({
      accessToken: 'token',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'u', email: 'a@example.org', name: 'A', role: 'admin', permissions: [] },
    });
  });

  afterEach(() => backend.verify());

  function fail(status: number, body: object | null = null, url = '/api/v1/users'): unknown {
    let caught: unknown;
    http.get(url).subscribe({ error: (error: unknown) => (caught = error) });
    backend.expectOne(url).flush(body, { status, statusText: 'Error' });
    return caught;
  }

  it('ends the session on a 401 and sends the person to sign in, remembering where they were', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/users?role=admin');

    const error = fail(401, { code: 'unauthenticated', message: 'Your session has ended' });
    await harness.fixture.whenStable();

    expect(error).toBeTruthy();
    expect(TestBed.inject(AuthStore).signedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fusers%3Frole%3Dadmin');
  });

  it('announces server errors with the API message', () => {
    fail(500, { statusCode: 500, code: 'internal_error', message: 'Pathway hit a problem' });
    expect(snackBar.open).toHaveBeenCalledWith('Pathway hit a problem', 'Dismiss', expect.anything());
  });

  it('announces a rate limit', () => {
    fail(429, { statusCode: 429, code: 'rate_limited', message: 'Too many requests; wait a minute' });
    expect(snackBar.open).toHaveBeenCalledWith('Too many requests; wait a minute', 'Dismiss', expect.anything());
  });

  it('leaves 400 and 409 to the forms', () => {
    fail(400, { code: 'validation_failed', message: 'Some fields are not valid' });
    fail(409, { code: 'email_taken', message: 'Taken' });
    expect(snackBar.open).not.toHaveBeenCalled();
    expect(TestBed.inject(AuthStore).signedIn()).toBe(true);
  });

  it('stays out of requests whose caller handles errors', () => {
    let caught = false;
    http.post('/api/v1/auth/login', {}, { context: handledByCaller() }).subscribe({ error: () => (caught = true) });
    backend.expectOne('/api/v1/auth/login').flush({ code: 'invalid_credentials' }, { status: 401, statusText: 'x' });
    expect(caught).toBe(true);
    expect(TestBed.inject(AuthStore).signedIn()).toBe(true);
    expect(snackBar.open).not.toHaveBeenCalled();
  });
});
