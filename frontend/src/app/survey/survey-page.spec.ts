import { HttpErrorResponse } from '@angular/common/http';
import { unavailableReason } from './survey-page';

const failure = (status: number, code?: string) =>
  new HttpErrorResponse({ status, error: code ? { statusCode: status, code, message: 'x' } : null });

describe('unavailableReason', () => {
  it('gives a friendly page for used, expired and unknown links', () => {
    expect(unavailableReason(failure(409, 'already_submitted'))).toBe('answered');
    expect(unavailableReason(failure(410, 'link_expired'))).toBe('expired');
    expect(unavailableReason(failure(404, 'not_found'))).toBe('missing');
  });

  it('leaves failures worth retrying to the retry message', () => {
    expect(unavailableReason(failure(0))).toBeNull();
    expect(unavailableReason(failure(429, 'rate_limited'))).toBeNull();
    expect(unavailableReason(failure(500))).toBeNull();
    expect(unavailableReason(undefined)).toBeNull();
  });
});
