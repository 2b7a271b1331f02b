import { inject, Injectable, signal } from '@angular/core';
import { Permission } from '@pathway/contracts';
import { Subscription } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { FollowUpsApi } from './follow-ups-api';

/**
 * How many of the signed-in person's follow-ups are overdue, for the badge in the navigation. Refreshed on every
 * navigation and after anything that closes or moves a follow-up; a failed refresh keeps the last count.
 */
@Injectable({ providedIn: 'root' })
export class OverdueFollowUps {
  private readonly api = inject(FollowUpsApi);
  private readonly auth = inject(AuthStore);
  private readonly overdue = signal(0);
  private pending: Subscription | null = null;

  readonly count = this.overdue.asReadonly();

  refresh(): void {
    if (!this.auth.can(Permission.ApplicantsRead)) {
      this.overdue.set(0);
      return;
    }
    this.pending?.unsubscribe();
    this.pending = this.api.summary('me', true).subscribe({
      next: (summary) => this.overdue.set(summary.overdue),
      error: () => undefined,
    });
  }
}
