import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  let now: number;
  const clock = () => now;
  const limits = { windowMs: 15 * 60_000, perEmail: 10, perAddress: 50 };

  beforeEach(() => {
    now = Date.UTC(2026, 0, 1);
  });

  it('refuses an email after 10 failures, for the rest of the window', () => {
    const throttle = new LoginThrottle(limits, clock);
    for (let attempt = 0; attempt < 9; attempt++) throttle.recordFailure('a@x.org', `10.0.0.${attempt}`);
    expect(throttle.retryAfterSeconds('a@x.org', '10.0.1.1')).toBe(0);
    throttle.recordFailure('a@x.org', '10.0.0.9');
    expect(throttle.retryAfterSeconds('a@x.org', '10.0.1.1')).toBe(15 * 60);
    now += 10 * 60_000;
    expect(throttle.retryAfterSeconds('a@x.org', '10.0.1.1')).toBe(5 * 60);
    now += 5 * 60_000 + 1;
    expect(throttle.retryAfterSeconds('a@x.org', '10.0.1.1')).toBe(0);
  });

  it('counts unknown emails exactly like known ones', () => {
    const throttle = new LoginThrottle(limits, clock);
    for (let attempt = 0; attempt < 10; attempt++) throttle.recordFailure('nobody@x.org', '10.0.0.1');
    expect(throttle.retryAfterSeconds('nobody@x.org', '10.0.0.2')).toBeGreaterThan(0);
  });

  it('limits an address by failures only, and allows at least 50 in the window', () => {
    const throttle = new LoginThrottle(limits, clock);
    for (let attempt = 0; attempt < 49; attempt++) throttle.recordFailure(`user${attempt}@x.org`, '10.0.0.1');
    expect(throttle.retryAfterSeconds('someone@x.org', '10.0.0.1')).toBe(0);
    throttle.recordFailure('user49@x.org', '10.0.0.1');
    expect(throttle.retryAfterSeconds('someone@x.org', '10.0.0.1')).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds('someone@x.org', '10.0.0.2')).toBe(0);
  });

  it('clears an email after a successful sign-in', () => {
    const throttle = new LoginThrottle(limits, clock);
    for (let attempt = 0; attempt < 5; attempt++) throttle.recordFailure('a@x.org', '10.0.0.1');
    throttle.recordSuccess('a@x.org');
    expect(throttle.delayMs('a@x.org')).toBe(0);
  });

  it('slows answers as failures grow, up to a second', () => {
    const throttle = new LoginThrottle(limits, clock);
    expect(throttle.delayMs('a@x.org')).toBe(0);
    for (let attempt = 0; attempt < 4; attempt++) throttle.recordFailure('a@x.org', '10.0.0.1');
    expect(throttle.delayMs('a@x.org')).toBe(200);
    for (let attempt = 0; attempt < 20; attempt++) throttle.recordFailure('a@x.org', '10.0.0.1');
    expect(throttle.delayMs('a@x.org')).toBe(1000);
  });
});
