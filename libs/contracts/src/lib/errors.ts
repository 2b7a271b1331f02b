/** Stable machine words for errors; clients switch on these, never on messages. */
export type ErrorCode =
  | 'validation_failed'
  | 'malformed_json'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale_version'
  | 'duplicate_applicant'
  | 'invalid_move'
  | 'do_not_contact'
  | 'already_serious'
  | 'registration_closed'
  | 'event_full'
  | 'already_submitted'
  | 'link_expired'
  | 'email_taken'
  | 'last_admin'
  | 'wrong_password'
  | 'rate_limited'
  | 'service_unavailable'
  | 'internal_error';

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  code: ErrorCode;
  details?: FieldError[];
  /** Likely existing matches, on a `duplicate_applicant` conflict. */
  candidates?: unknown[];
}
