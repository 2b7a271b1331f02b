export interface ThrottleLimits {
  windowMs: number;
  /** Failures for one email within the window before every attempt for it is refused until the window ends. */
  perEmail: number;
  /** Failures from one address within the window (a school hall or office shares one address, so it is generous). */
  perAddress: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, perEmail: 10, perAddress: 100 };

/**
 * Counts failed sign-ins per email (known or not, so a refusal reveals nothing) and per address, in a sliding
 * window. Only failures count; a successful sign-in clears the email's failures.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(email: string, address: string): number {
    const waits = [this.wait(`email:${email}`, this.limits.perEmail), this.wait(`address:${address}`, this.limits.perAddress)];
    return Math.max(...waits);
  }

  /** A growing pause before answering once failures pile up, to slow guessing further. */
  delayMs(email: string): number {
    const failures = this.recent(`email:${email}`).length;
    return failures < 3 ? 0 : Math.min(1000, (failures - 2) * 100);
  }

  recordFailure(email: string, address: string): void {
    for (const key of [`email:${email}`, `address:${address}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
    if (this.failures.size > 50_000) this.prune();
  }

  recordSuccess(email: string): void {
    this.failures.delete(`email:${email}`);
  }

  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    const oldestCounted = recent[recent.length - limit];
    return Math.max(1, Math.ceil((oldestCounted + this.limits.windowMs - this.now()) / 1000));
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      const recent = this.recent(key);
      if (recent.length === 0) this.failures.delete(key);
      else this.failures.set(key, recent);
    }
  }
}
