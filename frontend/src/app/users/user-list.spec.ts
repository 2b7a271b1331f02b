import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Page, ROLE_PERMISSIONS, Role, UserDto } from '@pathway/contracts';
import { AuthStore } from '../core/auth/auth-store';
import { UserList } from './user-list';

const users: UserDto[] = [
  {
    id: 'a1',
    email: 'alex@example.org',
    name: 'Alex Morgan',
    role: 'admin',
    active: true,
    lastLoginAt: '2026-03-02T09:15:00Z',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 3,
  },
  {
    id: 'b2',
    email: 'jordan@example.org',
    name: 'Jordan Ellis',
    role: 'officer',
    active: false,
    lastLoginAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
  },
];

const page = (items: UserDto[]): Page<UserDto> => ({ items, total: items.length, page: 1, pageSize: 25 });

describe('UserList', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(role: Role, url = '/users'): Promise<TestRequest> {
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'me', email: 'me@example.org', name: 'Me', role, permissions: [...ROLE_PERMISSIONS[role]] },
    });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, UserList);
    return nextRequest();
  }

  /** The list loads after the URL changes; a pending request keeps the fixture unstable, so poll for it instead. */
  async function nextRequest(): Promise<TestRequest> {
    for (let tick = 0; tick < 20; tick++) {
      const [request] = backend.match((candidate) => candidate.url === '/api/v1/users');
      if (request) {
        return request;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    throw new Error('The list did not ask the API for users');
  }

  async function settle(): Promise<HTMLElement> {
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'users', component: UserList }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('renders a row per user from the API', async () => {
    const request = await open('admin');
    expect(request.request.params.get('sort')).toBe('name');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(page(users));
    const element = await settle();

    const rows = element.querySelectorAll('tr.mat-mdc-row');
    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toContain('Alex Morgan');
    expect(text(rows[0])).toContain('alex@example.org');
    expect(text(rows[0])).toContain('Admin');
    expect(text(rows[0])).toContain('Active');
    expect(text(rows[1])).toContain('Outreach officer');
    expect(text(rows[1])).toContain('Deactivated');
    expect(text(rows[1])).toContain('Never');
    expect(element.querySelector('[aria-label="Actions for Jordan Ellis"]')).not.toBeNull();
    expect(text(element.querySelector('h1'))).toBe('Users');
  });

  it('sends the filters in the URL to the API', async () => {
    const request = await open('admin', '/users?search=ali&role=manager&status=deactivated&sort=-lastLoginAt&page=2');
    const params = request.request.params;
    expect(params.get('search')).toBe('ali');
    expect(params.get('role')).toBe('manager');
    expect(params.get('active')).toBe('false');
    expect(params.get('sort')).toBe('-lastLoginAt');
    expect(params.get('page')).toBe('2');
    request.flush(page([]));
  });

  it('shows an empty state with a way to clear the filters', async () => {
    (await open('admin', '/users?role=coordinator')).flush(page([]));
    const element = await settle();

    expect(element.querySelectorAll('tr.mat-mdc-row')).toHaveLength(0);
    expect(text(element)).toContain('No users match these filters');
    const clear = Array.from(element.querySelectorAll('button')).find((button) => text(button) === 'Clear filters');
    expect(clear).toBeDefined();

    clear?.click();
    const request = await nextRequest();
    expect(request.request.params.has('role')).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/users');
    request.flush(page(users));
    expect((await settle()).querySelectorAll('tr.mat-mdc-row')).toHaveLength(2);
  });

  it('shows an error with a retry when the list cannot load', async () => {
    (await open('admin')).flush(
      { code: 'internal_error', message: 'Database unavailable' },
      { status: 503, statusText: 'x' },
    );
    const element = await settle();

    expect(text(element.querySelector('[role="alert"]'))).toContain('Database unavailable');
    const retry = Array.from(element.querySelectorAll('button')).find((button) => text(button).includes('Try again'));
    retry?.click();
    (await nextRequest()).flush(page(users));
    expect((await settle()).querySelectorAll('tr.mat-mdc-row')).toHaveLength(2);
  });

  it('gives managers a read-only list', async () => {
    (await open('manager')).flush(page(users));
    const element = await settle();

    expect(element.querySelectorAll('tr.mat-mdc-row')).toHaveLength(2);
    expect(text(element)).not.toContain('New user');
    expect(element.querySelector('[aria-label^="Actions for"]')).toBeNull();
  });
});
