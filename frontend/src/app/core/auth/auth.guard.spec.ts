import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, ROLE_PERMISSIONS, Role } from '@pathway/contracts';
import { AuthStore } from './auth-store';
import { authGuard, permissionGuard } from './auth.guard';

@Component({ template: '' })
class BlankPage {}

describe('route guards', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', component: BlankPage },
          {
            path: '',
            canActivate: [authGuard],
            children: [
              { path: 'account', component: BlankPage },
              {
                path: 'audit',
                canActivate: [permissionGuard],
                data: { permission: Permission.AuditRead },
                component: BlankPage,
              },
              { path: '', pathMatch: 'full', redirectTo: 'account' },
            ],
          },
        ]),
      ],
    });
  });

  function signInAs(role: Role): void {
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'u', email: 'x@example.org', name: 'X', role, permissions: [...ROLE_PERMISSIONS[role]] },
    });
  }

  it('sends signed-out visitors to sign in with a return address', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/audit?action=login');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Faudit%3Faction%3Dlogin');
  });

  it('lets a manager into the audit log', async () => {
    signInAs('manager');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/audit');
    expect(TestBed.inject(Router).url).toBe('/audit');
  });

  it('turns an officer away from the audit log', async () => {
    signInAs('officer');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/audit');
    expect(TestBed.inject(Router).url).toBe('/account');
  });
});
