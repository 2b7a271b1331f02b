import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DashboardDto, ROLE_PERMISSIONS } from '@pathway/contracts';
import { AuthStore } from '../core/auth/auth-store';
import { DashboardStore } from './dashboard-store';

const DASHBOARD: DashboardDto = {
  role: 'officer',
  kpis: [
    { key: 'follow_ups_overdue', label: 'My follow-ups overdue', value: 2, unit: 'count', link: '/follow-ups' },
    {
      key: 'my_serious_conversations',
      label: 'My serious conversations this month',
      value: 4,
      unit: 'count',
      trend: [],
    },
  ],
};

describe('DashboardStore', () => {
  let store: DashboardStore;
  let backend: HttpTestingController;

  const settle = async () => {
    for (let tick = 0; tick < 5; tick++) await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), DashboardStore],
    });
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: {
        id: 'u1',
        email: 'o@example.org',
        name: 'Olu Adeyemi',
        role: 'officer',
        permissions: [...ROLE_PERMISSIONS.officer],
      },
    });
    store = TestBed.inject(DashboardStore);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('loads the figures and greets the person by name', async () => {
    await settle();
    expect(store.loading()).toBe(true);
    backend.expectOne('/api/v1/dashboard').flush(DASHBOARD);
    await settle();
    expect(store.loading()).toBe(false);
    expect(store.kpis().map((kpi) => kpi.key)).toEqual(['follow_ups_overdue', 'my_serious_conversations']);
    expect(store.greeting()).toMatch(/^Good (morning|afternoon|evening), Olu$/);
    expect(store.empty()).toBe(false);
  });

  it('explains a failure and loads again on retry', async () => {
    await settle();
    backend
      .expectOne('/api/v1/dashboard')
      .flush(
        { statusCode: 500, error: 'Internal', message: 'Database unavailable', code: 'internal' },
        { status: 500, statusText: 'Error' },
      );
    await settle();
    expect(store.loadError()).toBe('Database unavailable');
    expect(store.kpis()).toEqual([]);
    store.reload();
    await settle();
    backend.expectOne('/api/v1/dashboard').flush(DASHBOARD);
    await settle();
    expect(store.loadError()).toBe('');
    expect(store.kpis()).toHaveLength(2);
  });

  it('says when there is nothing to show', async () => {
    await settle();
    backend.expectOne('/api/v1/dashboard').flush({ role: 'officer', kpis: [] });
    await settle();
    expect(store.empty()).toBe(true);
  });
});
