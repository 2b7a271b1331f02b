import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, ROLE_PERMISSIONS, Role, SessionUser } from '@pathway/contracts';
import { provideZonelessChangeDetection } from '@angular/core';
import { AuthStore } from '../auth/auth-store';
import { homePath, homeRedirect } from './home-redirect';

@Component({ template: '' })
class BlankPage {}

function userWith(role: Role): SessionUser {
  return {
    id: 'u1',
    email: `${role}@example.org`,
    name: 'Test Person',
    role,
    permissions: [...ROLE_PERMISSIONS[role]],
  };
}

describe('homePath', () => {
  it.each<[Role, string]>([
    ['admin', '/dashboard'],
    ['manager', '/dashboard'],
    ['officer', '/dashboard'],
    ['coordinator', '/dashboard'],
  ])('sends %s to %s', (role, path) => {
    expect(homePath(ROLE_PERMISSIONS[role])).toBe(path);
  });

  it('follows the navigation order rather than a per-role table', () => {
    expect(homePath([Permission.OwnAccount, Permission.AuditRead])).toBe('/audit');
    expect(homePath([])).toBe('/account');
  });
});

describe('homeRedirect route', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', component: BlankPage },
          { path: '', pathMatch: 'full', redirectTo: homeRedirect },
          { path: 'dashboard', component: BlankPage },
          { path: 'applicants', component: BlankPage },
          { path: 'users', component: BlankPage },
          { path: 'account', component: BlankPage },
        ]),
      ],
    });
  });

  it('redirects a signed-in manager to their dashboard', async () => {
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: userWith('manager'),
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/dashboard');
  });

  it('redirects a signed-out visitor to the sign-in page', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/login');
  });
});
