import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ROLE_PERMISSIONS } from '@pathway/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { NewPersonForm } from './new-person-form';
import { PickedPerson } from './picked-person';

describe('NewPersonForm', () => {
  let fixture: ComponentFixture<NewPersonForm>;
  let backend: HttpTestingController;
  let picked: PickedPerson[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NewPersonForm],
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'officer-1', email: 'o@example.org', name: 'O', role: 'officer', permissions: [...ROLE_PERMISSIONS.officer] },
    });
    fixture = TestBed.createComponent(NewPersonForm);
    picked = [];
    fixture.componentInstance.picked.subscribe((person) => picked.push(person));
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  async function type(label: string, value: string): Promise<void> {
    const field = Array.from(element().querySelectorAll('mat-form-field')).find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    );
    const input = field?.querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  const button = (label: string) =>
    Array.from(element().querySelectorAll('button')).find((candidate) => candidate.textContent?.trim().startsWith(label));

  it('adds the person, owned by the officer who met them, and continues with them', async () => {
    await type('First name', ' Maya ');
    await type('Last name', 'Osei');
    await type('Email', 'maya@example.org');
    button('Add and continue')?.click();
    await fixture.whenStable();
    const request = backend.expectOne({ method: 'POST', url: '/api/v1/applicants' });
    expect(request.request.body).toMatchObject({
      firstName: 'Maya',
      lastName: 'Osei',
      email: 'maya@example.org',
      phone: null,
      consentToContact: false,
      ownerId: 'officer-1',
    });
    expect(request.request.body).not.toHaveProperty('allowDuplicate');
    request.flush({ id: 'a9', firstName: 'Maya', lastName: 'Osei' });
    expect(picked).toEqual([{ id: 'a9', name: 'Maya Osei' }]);
  });

  it('offers a likely duplicate first: "Use this person", or add anyway', async () => {
    await type('First name', 'Maya');
    await type('Last name', 'Osei');
    button('Add and continue')?.click();
    await fixture.whenStable();
    backend.expectOne('/api/v1/applicants').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'duplicate_applicant',
        message: 'This person may already be in Pathway',
        candidates: [
          { id: 'a1', firstName: 'Maya', lastName: 'Osei', email: 'maya@example.org', phone: null, stage: 'engaged', ownerName: null, matchedOn: ['email'] },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    expect(element().textContent).toContain('This person may already be in Pathway');
    button('No, add a new person anyway')?.click();
    await fixture.whenStable();
    const again = backend.expectOne('/api/v1/applicants');
    expect(again.request.body.allowDuplicate).toBe(true);
    again.flush({ statusCode: 500 }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();

    button('Use this person')?.click();
    expect(picked).toEqual([{ id: 'a1', name: 'Maya Osei' }]);
  });
});
