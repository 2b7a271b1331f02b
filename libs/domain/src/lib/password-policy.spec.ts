import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, varied password', () => {
    expect(passwordProblem('correct horse battery')).toBeNull();
  });

  it('refuses fewer than 12 characters', () => {
    expect(passwordProblem('short-pass1')).toBe('must be at least 12 characters');
    expect(passwordProblem('exactly12chr')).toBeNull();
  });

  it('refuses absurdly long input', () => {
    expect(passwordProblem('ab'.repeat(200))).toBe('must be at most 256 characters');
  });

  it('refuses a password made of the same few characters', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toBe('must not repeat the same few characters');
    expect(passwordProblem('abcabcabcabcabc')).toBe('must not repeat the same few characters');
  });

  it('refuses a password built from the email address', () => {
    expect(passwordProblem('jane.smith2026!', { email: 'jane.smith@example.org' })).toBe(
      'must not contain your email address',
    );
    expect(passwordProblem('a perfectly fine one', { email: 'jo@example.org' })).toBeNull();
  });
});
