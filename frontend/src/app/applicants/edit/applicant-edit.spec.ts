import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { ApplicantDto, ROLE_PERMISSIONS } from '@pathway/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { flushReferenceData } from '../../testing/reference-data';
import { ApplicantEdit } from './applicant-edit';

const ID = '0b6c3f9e-1111-4222-8333-444455556666';
const applicant = (overrides: Partial<ApplicantDto> = {}): ApplicantDto => ({
  id: ID,
  firstName: 'Ann',
  lastName: 'Lee',
  email: 'ann@example.org',
  phone: null,
  postcode: null,
  audience: null,
  region: null,
  source: null,
  stage: 'engaged',
  professionsOfInterest: [],
  tags: [],
  ownerId: null,
  ownerName: null,
  organisationId: null,
  organisationName: null,
  firstContactAt: null,
  stageChangedAt: '2026-03-02T12:00:00Z',
  createdAt: '2026-03-02T12:00:00Z',
  updatedAt: '2026-03-02T12:00:00Z',
  archivedAt: null,
  version: 5,
  dateOfBirth: null,
  ageBand: null,
  closeReason: null,
  consent: { given: false, givenAt: null, source: null, wordingVersion: null, withdrawnAt: null },
  ...overrides,
});

describe('ApplicantEdit', () => {
  let fixture: ComponentFixture<ApplicantEdit>;
  let backend: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function request(match: (candidate: TestRequest['request']) => boolean): Promise<TestRequest> {
    for (let tick = 0; tick < 20; tick++) {
      const [found] = backend.match(match);
      if (found) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    throw new Error('No matching request');
  }
  const getApplicant = () =>
    request((candidate) => candidate.method === 'GET' && candidate.url === `/api/v1/applicants/${ID}`);

  function type(label: string, value: string): void {
    const field = Array.from(element().querySelectorAll('mat-form-field')).find(
      (candidate) => text(candidate.querySelector('mat-label')) === label,
    );
    const input = field?.querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApplicantEdit],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MatSnackBar, useValue: { open: jest.fn() } },
      ],
    });
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: {
        id: 'o1',
        email: 'o@example.org',
        name: 'Jordan Ellis',
        role: 'officer',
        permissions: [...ROLE_PERMISSIONS.officer],
      },
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApplicantEdit);
    fixture.componentRef.setInput('id', ID);
    (await getApplicant()).flush(applicant());
    await fixture.whenStable();
    flushReferenceData(backend, (url) => url === `/api/v1/applicants/${ID}`);
    await fixture.whenStable();
  });

  it('sends only what changed, with the version it started from', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type('Last name', 'Li');
    type('Phone', '07700 900123');
    await submit();
    const patch = backend.expectOne({ method: 'PATCH', url: `/api/v1/applicants/${ID}` });
    expect(patch.request.body).toEqual({ version: 5, lastName: 'Li', phone: '07700 900123' });
    patch.flush(applicant({ lastName: 'Li', version: 6 }));
  });

  it('explains a conflicting change and reloads the latest version', async () => {
    type('Last name', 'Li');
    await submit();
    backend
      .expectOne({ method: 'PATCH', url: `/api/v1/applicants/${ID}` })
      .flush(
        {
          statusCode: 409,
          error: 'Conflict',
          code: 'stale_version',
          message: 'This applicant was changed by someone else',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    const alert = element().querySelector('[role="alert"]');
    expect(text(alert)).toContain('Someone else changed this applicant. Reload to see their changes.');
    Array.from(alert?.querySelectorAll('button') ?? [])
      .find((button) => text(button).includes('Reload'))
      ?.click();
    (await getApplicant()).flush(applicant({ lastName: 'Lee-Smith', version: 6 }));
    await fixture.whenStable();
    await fixture.whenStable();

    expect(element().querySelector('[role="alert"]')).toBeNull();
    const lastName = Array.from(element().querySelectorAll('mat-form-field'))
      .find((candidate) => text(candidate.querySelector('mat-label')) === 'Last name')
      ?.querySelector('input');
    expect(lastName?.value).toBe('Lee-Smith');
  });

  it('fetches widening-participation details only when asked', async () => {
    backend.expectNone(`/api/v1/applicants/${ID}/widening-participation`);
    Array.from(element().querySelectorAll('button'))
      .find((button) => text(button).includes('Show and edit widening-participation details'))
      ?.click();
    backend
      .expectOne(`/api/v1/applicants/${ID}/widening-participation`)
      .flush({ wpFirstInFamily: true, wpCareExperienced: null, wpDisability: null, wpEthnicity: 'Mixed' });
    await fixture.whenStable();
    expect(text(element())).toContain('First in their family to go to university');
  });
});
