import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LoginPage, safeReturnUrl } from './login-page';

@Component({ template: '' })
class BlankPage {}

describe('LoginPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter(
          [
            { path: 'login', component: LoginPage },
            { path: '**', component: BlankPage },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/login?returnUrl=%2Faudit%3Faction%3Dlogin', LoginPage);
  });

  afterEach(() => backend.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const alertText = () => element().querySelector('[role="alert"]')?.textContent?.trim();

  function fill(email: string, password: string): void {
    const [emailInput, passwordInput] = Array.from(element().querySelectorAll('input'));
    emailInput.value = email;
    emailInput.dispatchEvent(new Event('input'));
    passwordInput.value = password;
    passwordInput.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  it('asks for an email before calling the API', async () => {
    await submit();
    expect(alertText()).toBe('Enter your email');
    backend.expectNone('/api/v1/auth/login');
  });

  it('shows the API message when the credentials are wrong', async () => {
    fill('someone@example.org', 'wrong password');
    await submit();
    backend
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 401, code: 'invalid_credentials', message: 'Email or password is incorrect' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await harness.fixture.whenStable();
    expect(alertText()).toBe('Email or password is incorrect');
  });

  it('goes back to where the person was after signing in', async () => {
    fill(' admin@example.org ', 'a long enough password');
    await submit();
    const request = backend.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ email: 'admin@example.org', password: 'a long enough password' });
    request.flush({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'u', email: 'admin@example.org', name: 'Alex', role: 'admin', permissions: [] },
    });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/audit?action=login');
  });
});

describe('safeReturnUrl', () => {
  it.each([
    [undefined, '/'],
    ['/users?role=admin', '/users?role=admin'],
    ['https://evil.example', '/'],
    ['//evil.example/path', '/'],
    ['/login?returnUrl=/users', '/'],
  ])('turns %p into %p', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
