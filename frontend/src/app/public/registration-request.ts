import { inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, Validators } from '@angular/forms';
import { AgeBand, Audience, PublicRegistrationRequest } from '@pathway/contracts';
import { matching } from '../core/forms/field-error';

const PHONE = /^[\d\s()+.-]{6,40}$/;

/** The sign-up form. The parent or guardian's fields are switched on only for under-13s (see `askForGuardian`). */
export function buildRegistrationForm(fb: NonNullableFormBuilder = inject(NonNullableFormBuilder)) {
  return fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(320)]],
    phone: ['', matching(PHONE, 'Enter a phone number using digits, spaces, + and brackets, or leave it empty')],
    audience: [null as Audience | null],
    ageBand: [null as AgeBand | null, Validators.required],
    professionsOfInterest: [[] as string[]],
    consentToContact: [false, Validators.requiredTrue],
    guardianEmail: [{ value: '', disabled: true }, [Validators.required, Validators.email, Validators.maxLength(320)]],
    guardianConsent: [{ value: false, disabled: true }, Validators.requiredTrue],
    /** The honeypot: hidden from people, so only a bot fills it in. */
    website: [''],
  });
}

export type RegistrationForm = ReturnType<typeof buildRegistrationForm>;

/** Under-13s need a parent or guardian's email and consent; for everyone else those fields are off and not sent. */
export function askForGuardian(form: RegistrationForm, ageBand: AgeBand | null): void {
  const { guardianEmail, guardianConsent } = form.controls;
  if (ageBand === 'under_13') {
    guardianEmail.enable({ emitEvent: false });
    guardianConsent.enable({ emitEvent: false });
  } else {
    guardianEmail.disable({ emitEvent: false });
    guardianConsent.disable({ emitEvent: false });
  }
}

export function registrationRequestFrom(form: RegistrationForm): PublicRegistrationRequest {
  const value = form.getRawValue();
  const phone = value.phone.trim();
  const underThirteen = value.ageBand === 'under_13';
  return {
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    email: value.email.trim().toLowerCase(),
    ...(phone ? { phone } : {}),
    ...(value.audience ? { audience: value.audience } : {}),
    ageBand: value.ageBand as AgeBand,
    ...(value.professionsOfInterest.length ? { professionsOfInterest: value.professionsOfInterest } : {}),
    consentToContact: value.consentToContact,
    ...(underThirteen
      ? { guardianEmail: value.guardianEmail.trim().toLowerCase(), guardianConsent: value.guardianConsent }
      : {}),
    website: value.website,
  };
}

type FieldName = Exclude<keyof RegistrationForm['controls'], 'website'>;

/** Each field's name in a sentence, and the element id its error links to. */
export const FIELD_LABELS: Record<FieldName, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone number',
  audience: 'Who you are',
  ageBand: 'Age',
  professionsOfInterest: 'Professions',
  consentToContact: 'Your agreement',
  guardianEmail: "Your parent or guardian's email",
  guardianConsent: "Your parent or guardian's agreement",
};

const REQUIRED: Partial<Record<FieldName, string>> = {
  firstName: 'Enter your first name',
  lastName: 'Enter your last name',
  email: 'Enter your email address',
  ageBand: 'Choose your age',
  consentToContact: 'Tick the box to agree to be contacted. Without it we cannot sign you up',
  guardianEmail: "Enter your parent or guardian's email address",
  guardianConsent: 'Your parent or guardian needs to tick the box to agree',
};

/** What to tell someone about one field, in plain words; empty when it is fine. */
export function problemWith(field: FieldName, control: AbstractControl): string {
  const errors = control.errors;
  if (!errors) {
    return '';
  }
  if (errors['api']) {
    const message = String(errors['api']);
    return /^[a-z]/.test(message) ? `${FIELD_LABELS[field]} ${message}` : message;
  }
  if (errors['required']) {
    return REQUIRED[field] ?? `Enter ${FIELD_LABELS[field].toLowerCase()}`;
  }
  if (errors['email']) {
    return 'Enter an email address like name@example.com';
  }
  if (typeof errors['invalid'] === 'string') {
    return errors['invalid'];
  }
  if (errors['maxlength']) {
    return `${FIELD_LABELS[field]} is too long`;
  }
  return `Check ${FIELD_LABELS[field].toLowerCase()}`;
}

export interface FieldProblem {
  field: FieldName;
  message: string;
}

/** Every field's problem, in the order of the form, for the summary at the top. */
export function problemsWith(form: RegistrationForm): FieldProblem[] {
  return (Object.keys(FIELD_LABELS) as FieldName[])
    .map((field) => ({ field, message: problemWith(field, form.controls[field]) }))
    .filter((problem) => problem.message !== '');
}
