import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApplicantSummaryDto, Page, Role, ROLE_PERMISSIONS } from '@pathway/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { ApplicantList } from './applicant-list';

const applicant = (
  id: string,
  firstName: string,
  lastName: string,
  overrides: Partial<ApplicantSummaryDto> = {},
): ApplicantSummaryDto => ({
  id,
  firstName,
  lastName,
  email: `${firstName.toLowerCase()}@example.org`,
  phone: null,
  postcode: null,
  audience: null,
  region: null,
  source: 'webinar',
  stage: 'engaged',
  professionsOfInterest: ['podiatry'],
  tags: [],
  ownerId: 'o1',
  ownerName: 'Aisha Khan',
  organisationId: null,
  organisationName: null,
  firstContactAt: '2026-03-02T09:15:00Z',
  stageChangedAt: '2026-03-02T09:15:00Z',
  createdAt: '2026-03-02T09:15:00Z',
  updatedAt: '2026-03-02T09:15:00Z',
  archivedAt: null,
  version: 1,
  ...overrides,
});

const applicants = [
  applicant('a1', 'Ann', 'Lee'),
  applicant('b2', 'Ben', 'Okafor', { stage: 'closed', ownerName: null, source: null }),
];
const page = (items: ApplicantSummaryDto[]): Page<ApplicantSummaryDto> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 25,
});

const CAMPAIGN = '6b1f3c2e-8d4a-4f0e-9a57-2c9d1e4b7a10';

describe('ApplicantList', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(role: Role, url = '/applicants'): Promise<TestRequest> {
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'user-7', email: 'me@example.org', name: 'Me', role, permissions: [...ROLE_PERMISSIONS[role]] },
    });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ApplicantList);
    return nextRequest();
  }

  /** The list loads after the URL changes; poll for the request rather than waiting for a stable fixture. */
  async function nextRequest(): Promise<TestRequest> {
    for (let tick = 0; tick < 20; tick++) {
      const [request] = backend.match((candidate) => candidate.url === '/api/v1/applicants');
      if (request) {
        return request;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    throw new Error('The list did not ask the API for applicants');
  }

  async function settle(): Promise<HTMLElement> {
    // Reference data (professions, directory, campaigns) is not what these tests are about.
    for (const request of backend.match((candidate) => candidate.url === '/api/v1/campaigns')) {
      request.flush({ items: [{ id: CAMPAIGN, name: 'Schools 2026' }], total: 1, page: 1, pageSize: 100 });
    }
    for (const request of backend.match((candidate) => candidate.url !== '/api/v1/applicants')) {
      request.flush([]);
    }
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (element: HTMLElement, label: string) =>
    Array.from(element.querySelectorAll<HTMLElement>('button, a')).find((candidate) => text(candidate).includes(label));

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'applicants', component: ApplicantList }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.match(() => true).forEach((request) => request.flush([]));
  });

  it('renders a row per applicant, newest first by default', async () => {
    const request = await open('officer');
    expect(request.request.params.get('sort')).toBe('-createdAt');
    expect(request.request.params.get('pageSize')).toBe('25');
    request.flush(page(applicants));
    const element = await settle();

    const rows = element.querySelectorAll('tr.mat-mdc-row');
    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toContain('Ann Lee');
    expect(text(rows[0])).toContain('Engaged');
    expect(text(rows[0])).toContain('Aisha Khan');
    expect(text(rows[0])).toContain('Webinar');
    expect(text(rows[1])).toContain('Closed');
    expect(text(rows[1])).toContain('No owner');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/applicants/a1');
    expect(text(element.querySelector('h1'))).toBe('Applicants');
    expect(button(element, 'Add applicant')).toBeDefined();
    expect(button(element, 'Import')?.getAttribute('href')).toBe('/applicants/import');
  });

  it('sends every filter in the URL to the API and shows each as a removable chip', async () => {
    const request = await open(
      'officer',
      `/applicants?search=ann&stage=engaged&owner=me&source=webinar&campaignId=${CAMPAIGN}&tag=open-day&archived=true&sort=lastName&page=2`,
    );
    const params = request.request.params;
    expect(params.get('search')).toBe('ann');
    expect(params.get('stage')).toBe('engaged');
    expect(params.get('ownerId')).toBe('user-7');
    expect(params.get('source')).toBe('webinar');
    expect(params.get('campaignId')).toBe(CAMPAIGN);
    expect(params.get('tag')).toBe('open-day');
    expect(params.get('archived')).toBe('true');
    expect(params.get('sort')).toBe('lastName');
    expect(params.get('page')).toBe('2');
    request.flush(page(applicants));
    const element = await settle();

    const chips = Array.from(element.querySelectorAll('.active-filters mat-chip')).map(text);
    expect(chips).toEqual([
      'Stage: Engaged cancel',
      'Owner: Mine cancel',
      'Source: Webinar cancel',
      'Campaign: Schools 2026 cancel',
      'Tag: open-day cancel',
      'Archived only cancel',
    ]);

    element.querySelector<HTMLElement>('[aria-label="Remove filter Stage: Engaged"]')?.click();
    const next = await nextRequest();
    expect(next.request.params.has('stage')).toBe(false);
    expect(next.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Router).url).not.toContain('stage=');
    expect(TestBed.inject(Router).url).toContain('owner=me');
    next.flush(page(applicants));
  });

  it('explains an empty result and clears the filters', async () => {
    (await open('officer', '/applicants?region=london')).flush(page([]));
    const element = await settle();

    expect(text(element)).toContain('No applicants match these filters');
    expect(text(element)).not.toContain('No applicants yet');
    button(element, 'Clear filters')?.click();
    const request = await nextRequest();
    expect(request.request.params.has('region')).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/applicants');
    request.flush(page(applicants));
    expect((await settle()).querySelectorAll('tr.mat-mdc-row')).toHaveLength(2);
  });

  it('welcomes a team with no applicants at all', async () => {
    (await open('officer')).flush(page([]));
    const element = await settle();

    expect(text(element)).toContain('No applicants yet');
    expect(text(element)).not.toContain('No applicants match these filters');
    expect(button(element.querySelector('.state') as HTMLElement, 'Add applicant')?.getAttribute('href')).toBe(
      '/applicants/new',
    );
  });

  it('shows an error with a retry when the list cannot load', async () => {
    (await open('officer')).flush(
      { code: 'internal_error', message: 'Database unavailable' },
      { status: 503, statusText: 'x' },
    );
    const element = await settle();

    expect(text(element.querySelector('[role="alert"]'))).toContain('Database unavailable');
    button(element, 'Try again')?.click();
    (await nextRequest()).flush(page(applicants));
    expect((await settle()).querySelectorAll('tr.mat-mdc-row')).toHaveLength(2);
  });

  it('selects rows and offers the bulk actions for them', async () => {
    (await open('officer')).flush(page(applicants));
    let element = await settle();
    expect(element.querySelector('.bulk-bar')).toBeNull();

    element
      .querySelector<HTMLInputElement>('[aria-label="Select Ann Lee"] input, input[aria-label="Select Ann Lee"]')
      ?.click();
    element = await settle();
    expect(text(element.querySelector('.bulk-bar'))).toContain('1 selected');
    expect(button(element, 'Assign owner')).toBeDefined();
    expect(button(element, 'Add tag')).toBeDefined();

    element.querySelector<HTMLInputElement>('input[aria-label="Select all applicants on this page"]')?.click();
    element = await settle();
    expect(text(element.querySelector('.bulk-bar'))).toContain('2 selected');
  });

  it('gives managers a read-only list', async () => {
    (await open('manager')).flush(page(applicants));
    const element = await settle();

    expect(element.querySelectorAll('tr.mat-mdc-row')).toHaveLength(2);
    expect(button(element, 'Add applicant')).toBeUndefined();
    expect(button(element, 'Import')).toBeUndefined();
    expect(element.querySelector('mat-checkbox')).toBeNull();
  });
});
