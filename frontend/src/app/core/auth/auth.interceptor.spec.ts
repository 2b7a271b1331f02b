import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from './auth-store';
import { authInterceptor } from './auth.interceptor';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function signIn(): void {
    TestBed.inject(AuthStore).startSession({
      accessToken: 'secret-token',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'u', email: 'a@example.org', name: 'A', role: 'admin', permissions: [] },
    });
  }

  it('adds the bearer token to Pathway API calls', () => {
    signIn();
    http.get('/api/v1/users').subscribe();
    http.get(`${location.origin}/api/v1/audit`).subscribe();
    expect(backend.expectOne('/api/v1/users').request.headers.get('Authorization')).toBe('Bearer secret-token');
    expect(backend.expectOne(`${location.origin}/api/v1/audit`).request.headers.get('Authorization')).toBe(
      'Bearer secret-token',
    );
  });

  it('never sends the token anywhere else', () => {
    signIn();
    http.get('https://elsewhere.example.org/api/v1/users').subscribe();
    http.get('/favicon.svg').subscribe();
    expect(backend.expectOne('https://elsewhere.example.org/api/v1/users').request.headers.has('Authorization')).toBe(
      false,
    );
    expect(backend.expectOne('/favicon.svg').request.headers.has('Authorization')).toBe(false);
  });

  it('sends no header when nobody is signed in', () => {
    http.get('/api/v1/users').subscribe();
    expect(backend.expectOne('/api/v1/users').request.headers.has('Authorization')).toBe(false);
  });
});
