import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { DuplicateCandidate, ROLE_PERMISSIONS } from '@pathway/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { flushReferenceData } from '../../testing/reference-data';
import { ApplicantCreate } from './applicant-create';

const existing: DuplicateCandidate = {
  id: '0b6c3f9e-1111-4222-8333-444455556666',
  firstName: 'Ann',
  lastName: 'Lee',
  email: 'ann@example.org',
  phone: '07700 900123',
  stage: 'engaged',
  ownerName: 'Aisha Khan',
  matchedOn: ['email', 'name_and_date_of_birth'],
};

describe('ApplicantCreate', () => {
  let fixture: ComponentFixture<ApplicantCreate>;
  let backend: HttpTestingController;
  let snackBar: { open: jest.Mock };

  beforeEach(async () => {
    localStorage.clear();
    snackBar = { open: jest.fn() };
    TestBed.configureTestingModule({
      imports: [ApplicantCreate],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: {
        id: 'officer-1',
        email: 'o@example.org',
        name: 'Jordan Ellis',
        role: 'officer',
        permissions: [...ROLE_PERMISSIONS.officer],
      },
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApplicantCreate);
    await fixture.whenStable();
    flushReferenceData(backend);
  });

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const errors = () => Array.from(element().querySelectorAll('mat-error')).map(text).filter(Boolean);

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

  function expectCreate(): TestRequest {
    return backend.expectOne({ method: 'POST', url: '/api/v1/applicants' });
  }

  it('needs only a name, and says so without calling the API', async () => {
    await submit();
    expect(errors()).toEqual(['Enter first name', 'Enter last name']);
    backend.expectNone('/api/v1/applicants');
  });

  it('sends what was filled in, with the officer as owner and today as first contact', async () => {
    type('First name', ' Ann ');
    type('Last name', 'Lee');
    type('Email', 'Ann@Example.org');
    await submit();

    const body = expectCreate().request.body;
    expect(body).toEqual({
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann@example.org',
      ownerId: 'officer-1',
      firstContactAt: expect.any(String),
    });
    expect(new Date(body.firstContactAt).toDateString()).toBe(new Date().toDateString());
  });

  it('shows likely duplicates, links to them, and creates anyway when asked', async () => {
    type('First name', 'Ann');
    type('Last name', 'Lee');
    type('Email', 'ann@example.org');
    await submit();
    expectCreate().flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'duplicate_applicant',
        message: 'This person may already be in Pathway',
        candidates: [existing],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    const warning = element().querySelector('pw-duplicate-warning [role="alert"]');
    expect(text(warning)).toContain('This person may already be in Pathway');
    expect(text(warning)).toContain('Ann Lee');
    expect(text(warning)).toContain('ann@example.org');
    expect(text(warning)).toContain('Owner: Aisha Khan');
    expect(text(warning)).toContain('Same email, Same name and date of birth');
    const open = Array.from(warning?.querySelectorAll('a') ?? []).find((link) =>
      text(link).startsWith('Open existing'),
    );
    expect(open?.getAttribute('href')).toBe(`/applicants/${existing.id}`);

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    Array.from(warning?.querySelectorAll('button') ?? [])
      .find((button) => text(button) === 'Create anyway')
      ?.click();
    const retry = expectCreate();
    expect(retry.request.body).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann@example.org',
      allowDuplicate: true,
    });
    retry.flush({ id: 'new-id' });
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith(['/applicants', 'new-id']);
    expect(snackBar.open).toHaveBeenCalledWith('Applicant added', 'Dismiss', expect.anything());
  });

  it('puts the API field errors under their fields', async () => {
    type('First name', 'Ann');
    type('Last name', 'Lee');
    type('Postcode', 'SW1A 1AA');
    await submit();
    expectCreate().flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation_failed',
        message: 'Some fields are not valid',
        details: [
          { field: 'postcode', message: 'must be a postcode' },
          { field: 'organisationId', message: 'is not a known organisation' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(errors()).toEqual(['Postcode must be a postcode', 'School or college is not a known organisation']);
    expect(element().querySelector('pw-duplicate-warning')).toBeNull();
  });
});
