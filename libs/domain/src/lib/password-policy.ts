import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@pathway/contracts';

/** Returns why a new password is not acceptable, or null when it is. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  }
  if (new Set(password).size < 4) {
    return 'must not repeat the same few characters';
  }
  const lowered = password.toLowerCase();
  const mailbox = context.email?.toLowerCase().split('@')[0] ?? '';
  if (mailbox.length >= 4 && lowered.includes(mailbox)) {
    return 'must not contain your email address';
  }
  return null;
}
