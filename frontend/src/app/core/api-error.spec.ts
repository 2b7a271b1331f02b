import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { ApiError } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage, NETWORK_ERROR_MESSAGE } from './api-error';

function httpError(status: number, body: Partial<ApiError> | null): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

describe('api-error helpers', () => {
  it('puts detail messages on the matching controls and ignores unknown fields', () => {
    const form = new FormGroup({ email: new FormControl('taken@example.org'), name: new FormControl('Ann') });
    const error = httpError(409, {
      code: 'email_taken',
      message: 'A user with this email already exists',
      details: [
        { field: 'email', message: 'is already in use' },
        { field: 'nickname', message: 'is not a known field' },
      ],
    });

    expect(applyApiFieldErrors(form, error)).toBe(true);
    expect(form.controls.email.errors).toEqual({ api: 'is already in use' });
    expect(form.controls.email.touched).toBe(true);
    expect(form.controls.name.errors).toBeNull();
  });

  it('answers false when no detail matches, so the caller shows the message', () => {
    const form = new FormGroup({ name: new FormControl('') });
    expect(applyApiFieldErrors(form, httpError(409, { code: 'stale_version', message: 'Changed' }))).toBe(false);
  });

  it('explains network failures and falls back for bodies that are not API errors', () => {
    expect(errorMessage(httpError(0, null))).toBe(NETWORK_ERROR_MESSAGE);
    expect(errorMessage(httpError(502, null))).toBe('Something went wrong. Please try again.');
    expect(errorMessage(httpError(500, { code: 'internal_error', message: 'Pathway hit a snag' }))).toBe(
      'Pathway hit a snag',
    );
  });
});

describe('applyApiFieldErrors with aliases', () => {
  it('puts a detail on a control with another name', () => {
    const form = new FormGroup({ organisation: new FormControl(null) });
    const error = new HttpErrorResponse({
      status: 400,
      error: { code: 'validation_failed', message: 'Invalid', details: [{ field: 'organisationId', message: 'is not a known organisation' }] },
    });
    expect(applyApiFieldErrors(form, error, { organisationId: 'organisation' })).toBe(true);
    expect(form.controls.organisation.errors).toEqual({ api: 'is not a known organisation' });
  });
});
