import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApplicantDto } from '@pathway/contracts';
import { ApplicantForm, buildApplicantForm, changedFields, createRequestFrom, fieldsFrom, formValueFrom, toWriteFields } from './applicant-form';

const applicant: ApplicantDto = {
  id: 'a1',
  firstName: 'Ann',
  lastName: 'Lee',
  email: 'ann@example.org',
  phone: null,
  postcode: 'SW1A 1AA',
  audience: 'college_student',
  region: 'london',
  source: 'event',
  stage: 'engaged',
  professionsOfInterest: ['podiatry'],
  tags: ['open-day'],
  ownerId: 'o1',
  ownerName: 'Aisha Khan',
  organisationId: 'org-1',
  organisationName: 'Northfield College',
  firstContactAt: '2026-03-02T12:00:00Z',
  stageChangedAt: '2026-03-02T12:00:00Z',
  createdAt: '2026-03-02T12:00:00Z',
  updatedAt: '2026-03-02T12:00:00Z',
  archivedAt: null,
  version: 4,
  dateOfBirth: '2008-04-01',
  ageBand: null,
  closeReason: null,
  consent: { given: true, givenAt: '2026-03-02T12:00:00Z', source: 'recorded_by_staff', wordingVersion: '2026-09', withdrawnAt: null },
};

describe('applicant form', () => {
  let form: ApplicantForm;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    form = TestBed.runInInjectionContext(() => buildApplicantForm());
  });

  it('validates names, email, phone and postcode', () => {
    form.patchValue({ email: 'not an email', phone: 'call me', postcode: 'SW1A-1AA' });
    expect(form.controls.firstName.hasError('required')).toBe(true);
    expect(form.controls.email.hasError('email')).toBe(true);
    expect(form.controls.phone.getError('invalid')).toMatch(/phone number/);
    expect(form.controls.postcode.getError('invalid')).toMatch(/postcode/);
    form.patchValue({ firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org', phone: '+44 (0)7700 900123', postcode: 'sw1a 1aa' });
    expect(form.valid).toBe(true);
  });

  it('creates with only what was filled in, leaving widening participation out unless allowed', () => {
    form.patchValue({
      firstName: ' Ann ',
      lastName: 'Lee',
      postcode: 'sw1a 1aa',
      dateOfBirth: new Date(2008, 3, 1),
      ownerId: null,
      wpFirstInFamily: 'yes',
      wpDisability: 'prefer_not_to_say',
    });
    expect(createRequestFrom(form.getRawValue(), false)).toEqual({
      firstName: 'Ann',
      lastName: 'Lee',
      postcode: 'SW1A 1AA',
      dateOfBirth: '2008-04-01',
      ownerId: null,
    });
    expect(createRequestFrom(form.getRawValue(), true)).toMatchObject({ wpFirstInFamily: true });
    expect(createRequestFrom(form.getRawValue(), true)).not.toHaveProperty('wpDisability');
  });

  it('sends only the changed fields when editing, with nulls for cleared ones', () => {
    form.patchValue(formValueFrom(applicant));
    const before = fieldsFrom(form.getRawValue());
    expect(before.organisationId).toBe('org-1');
    expect(before.firstContactAt).toBe('2026-03-02');

    form.patchValue({ email: '', tags: ['open-day', 'year-12'], organisation: null });
    expect(changedFields(before, fieldsFrom(form.getRawValue()), false)).toEqual({
      email: null,
      organisationId: null,
      tags: ['open-day', 'year-12'],
    });
  });

  it('keeps a first-contact day on that day', () => {
    const now = new Date(2026, 2, 10, 15, 30);
    expect(toWriteFields({ firstContactAt: '2026-03-10' }, now).firstContactAt).toBe(now.toISOString());
    const earlier = new Date(toWriteFields({ firstContactAt: '2026-03-02' }, now).firstContactAt as string);
    expect([earlier.getFullYear(), earlier.getMonth(), earlier.getDate(), earlier.getHours()]).toEqual([2026, 2, 2, 12]);
  });
});
