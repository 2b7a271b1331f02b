import { ErrorCode, FieldError } from '@pathway/contracts';

/** A failure the client can act on. The filter turns it into the one error shape, with a status per code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    readonly candidates?: unknown[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} not found`);
  }

  static validation(details: FieldError[], message = 'Some fields are not valid'): AppError {
    return new AppError('validation_failed', message, details);
  }

  static field(field: string, message: string): AppError {
    return AppError.validation([{ field, message }], `${field} ${message}`);
  }

  static staleVersion(what: string): AppError {
    return new AppError('stale_version', `This ${what} was changed by someone else; reload it and try again`);
  }
}

/** A refusal that lifts after a while; the filter tells the client how long with `Retry-After` (RFC 9110 §10.2.3). */
export class RetryLaterError extends AppError {
  constructor(
    code: 'too_many_attempts' | 'rate_limited',
    message: string,
    /** Whole seconds until a new attempt can succeed. */
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
    this.name = 'RetryLaterError';
  }
}

/** Exhaustive: adding an ErrorCode without a status fails to compile. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  wrong_password: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  duplicate_applicant: 409,
  invalid_move: 400,
  do_not_contact: 409,
  already_serious: 409,
  registration_closed: 409,
  event_full: 409,
  already_submitted: 409,
  link_expired: 410,
  email_taken: 409,
  last_admin: 409,
  payload_too_large: 413,
  too_many_attempts: 429,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};
