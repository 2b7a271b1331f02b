import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Permission, SessionUser } from '@pathway/contracts';
import { AuthStore, SESSION_STORAGE_KEY } from './auth-store';
import { authInterceptor } from './auth.interceptor';

const manager: SessionUser = {
  id: 'u-1',
  email: 'manager@example.org',
  name: 'Priya Shah',
  role: 'manager',
  permissions: [Permission.OwnAccount, Permission.UsersRead, Permission.AuditRead],
};
const future = () => new Date(Date.now() + 3_600_000).toISOString();

function setUp(): { store: AuthStore; http: HttpTestingController } {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
    ],
  });
  return { store: TestBed.inject(AuthStore), http: TestBed.inject(HttpTestingController) };
}

describe('AuthStore', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('restores a stored session by asking the API who the token belongs to', async () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'stored-token', expiresAt: future() }));
    const { store, http } = setUp();
    expect(store.signedIn()).toBe(false);

    const restored = store.restore();
    const request = http.expectOne('/api/v1/auth/me');
    expect(request.request.headers.get('Authorization')).toBe('Bearer stored-token');
    request.flush(manager);
    await restored;

    expect(store.signedIn()).toBe(true);
    expect(store.user()?.name).toBe('Priya Shah');
    expect(store.can(Permission.AuditRead)).toBe(true);
    expect(store.can(Permission.UsersWrite)).toBe(false);
  });

  it('forgets a stored token the API no longer accepts', async () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'revoked', expiresAt: future() }));
    const { store, http } = setUp();

    const restored = store.restore();
    http
      .expectOne('/api/v1/auth/me')
      .flush({ code: 'unauthenticated', message: 'Sign in' }, { status: 401, statusText: 'Unauthorized' });
    await restored;

    expect(store.signedIn()).toBe(false);
    expect(store.token()).toBeNull();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('drops an expired token without calling the API', async () => {
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'old', expiresAt: '2000-01-01T00:00:00Z' }),
    );
    const { store } = setUp();
    await store.restore();
    expect(store.token()).toBeNull();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('stores the token on sign-in', () => {
    const { store, http } = setUp();
    let signedInAs: SessionUser | undefined;
    store.signIn({ email: manager.email, password: 'correct horse battery' }).subscribe((user) => (signedInAs = user));
    http.expectOne('/api/v1/auth/login').flush({ accessToken: 'new-token', expiresAt: future(), user: manager });

    expect(signedInAs).toEqual(manager);
    expect(store.token()).toBe('new-token');
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').accessToken).toBe('new-token');
  });

  it('signs out on the server, clears the session and goes to the sign-in page', async () => {
    const { store, http } = setUp();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    store.startSession({ accessToken: 'live-token', expiresAt: future(), user: manager });

    const signedOut = store.signOut();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(request.request.headers.get('Authorization')).toBe('Bearer live-token');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await signedOut;

    expect(store.signedIn()).toBe(false);
    expect(store.token()).toBeNull();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/login');
  });

  it('still clears the local session when the server cannot be reached', async () => {
    const { store, http } = setUp();
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    store.startSession({ accessToken: 'live-token', expiresAt: future(), user: manager });

    const signedOut = store.signOut();
    http.expectOne('/api/v1/auth/logout').error(new ProgressEvent('error'));
    await signedOut;

    expect(store.signedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
