import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiError, ErrorCode } from '@pathway/contracts';

export const NETWORK_ERROR_MESSAGE = 'Cannot reach Pathway. Check your connection and try again.';
export const UNEXPECTED_ERROR_MESSAGE = 'Something went wrong. Please try again.';

/** The API's error body, when the failure came from Pathway's API; `null` for network failures and anything else. */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null && 'code' in body && 'message' in body) {
    return body as ApiError;
  }
  return null;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return apiErrorOf(error)?.code === code;
}

/**
 * 400s and 409s are for the caller to explain (beside a field, in a banner); the error interceptor has already
 * announced anything else, so callers stay quiet about those.
 */
export function isForCallerToExplain(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 400 || error.status === 409);
}

/** A sentence to show a person: the API's own message, or a plain one for network and unexpected failures. */
export function errorMessage(error: unknown): string {
  const apiError = apiErrorOf(error);
  if (apiError) {
    return apiError.message;
  }
  if (error instanceof HttpErrorResponse && error.status === 0) {
    return NETWORK_ERROR_MESSAGE;
  }
  return UNEXPECTED_ERROR_MESSAGE;
}

/**
 * Puts the API's field errors (`details: [{ field, message }]`) on the matching form controls as `{ api: message }`,
 * so they show under the field like client-side errors. Answers whether any detail found its control; when none
 * did, the caller shows the error's message instead. `aliases` maps an API field to a differently named control
 * (`organisationId` → `organisation` when the control holds the whole organisation).
 */
export function applyApiFieldErrors(form: FormGroup, error: unknown, aliases: Record<string, string> = {}): boolean {
  const details = apiErrorOf(error)?.details ?? [];
  let applied = false;
  for (const { field, message } of details) {
    const control: AbstractControl | null = form.get(aliases[field] ?? field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), api: message });
      control.markAsTouched();
      applied = true;
    }
  }
  return applied;
}
