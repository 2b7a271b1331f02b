import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role, ROLE_PERMISSIONS } from '@pathway/contracts';
import { OverdueFollowUps } from '../../follow-ups/overdue-follow-ups';
import { AuthStore } from '../auth/auth-store';
import { Shell } from './shell';

@Component({ selector: 'pw-blank-page', template: '<h1>Page</h1>' })
class BlankPage {}

describe('Shell', () => {
  const overdue = signal(0);
  let refresh: jest.Mock;
  let harness: RouterTestingHarness;

  async function open(role: Role, url = '/applicants'): Promise<HTMLElement> {
    refresh = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '', component: Shell, children: [{ path: '**', component: BlankPage }] }]),
        { provide: OverdueFollowUps, useValue: { count: overdue.asReadonly(), refresh } },
      ],
    });
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'u1', email: 'me@example.org', name: 'Me', role, permissions: [...ROLE_PERMISSIONS[role]] },
    });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return harness.fixture.nativeElement as HTMLElement;
  }

  const followUpsLink = (element: HTMLElement) =>
    Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a')).find((link) =>
      link.textContent?.includes('Follow-ups'),
    ) as HTMLAnchorElement;

  afterEach(() => overdue.set(0));

  it('hides the overdue badge at 0 and names no count', async () => {
    const element = await open('officer');
    const link = followUpsLink(element);
    expect(link.querySelector('.mat-badge')?.classList).toContain('mat-badge-hidden');
    expect(link.getAttribute('aria-label')).toBeNull();
  });

  it('shows the overdue count on Follow-ups, and says it in words', async () => {
    overdue.set(3);
    const element = await open('officer');
    const link = followUpsLink(element);
    expect(link.querySelector('.mat-badge')?.classList).not.toContain('mat-badge-hidden');
    expect(link.querySelector('.mat-badge-content')?.textContent).toBe('3');
    expect(link.getAttribute('aria-label')).toBe('Follow-ups, 3 overdue');
    expect(link.textContent).toMatch(/Follow-ups$/);

    overdue.set(0);
    await harness.fixture.whenStable();
    expect(link.querySelector('.mat-badge')?.classList).toContain('mat-badge-hidden');
  });

  it('refreshes the count when moving to another page, not when a filter changes', async () => {
    await open('officer');
    expect(refresh).toHaveBeenCalledTimes(1);
    await harness.navigateByUrl('/applicants?search=ann');
    expect(refresh).toHaveBeenCalledTimes(1);
    await harness.navigateByUrl('/pipeline');
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('offers the quick-log button to those who can log, except on the log page', async () => {
    const element = await open('officer');
    const quickLog = () => element.querySelector('a[aria-label="Quick log a conversation"]');
    expect(quickLog()?.getAttribute('href')).toBe('/log');
    await harness.navigateByUrl('/log');
    expect(quickLog()).toBeNull();
    await harness.navigateByUrl('/logbook');
    expect(quickLog()).not.toBeNull();
  });

  it('keeps the quick-log button off the admin pages, where it would cover their controls', async () => {
    const element = await open('admin', '/users');
    const quickLog = () => element.querySelector('a[aria-label="Quick log a conversation"]');
    expect(quickLog()).toBeNull();
    await harness.navigateByUrl('/audit?entity=user');
    expect(quickLog()).toBeNull();
    await harness.navigateByUrl('/account');
    expect(quickLog()).toBeNull();
    await harness.navigateByUrl('/applicants');
    expect(quickLog()).not.toBeNull();
  });

  it('does not offer quick logging to managers, who read but do not log', async () => {
    const element = await open('manager');
    expect(element.querySelector('a[aria-label="Quick log a conversation"]')).toBeNull();
  });
});
