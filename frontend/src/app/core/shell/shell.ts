import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, linkedSignal, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Permission, ROLE_LABELS } from '@pathway/contracts';
import { filter, map } from 'rxjs';
import { AuthStore } from '../auth/auth-store';
import { PathwayLogo } from '../brand/pathway-logo';
import { OverdueFollowUps } from '../../follow-ups/overdue-follow-ups';
import { NavigationArea, navigationFor } from '../navigation/navigation';

/**
 * The log page itself, and the admin pages: logging a conversation is out of place there, and the floating button
 * would sit over their controls (the users table's next-page button, for one).
 */
const NO_QUICK_LOG_AREAS = new Set(['log', 'users', 'audit', 'account']);

/** Below this width the side navigation slides over the page instead of sitting beside it. */
export const HANDSET_QUERY = '(max-width: 767.98px)';

@Component({
  selector: 'pw-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    MatDividerModule,
    MatBadgeModule,
    PathwayLogo,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthStore);
  private readonly overdueFollowUps = inject(OverdueFollowUps);
  private readonly url = signal('');

  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
  protected readonly areas = computed(() => navigationFor(this.auth.permissions()));
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly overdue = this.overdueFollowUps.count;
  /** Logging a conversation is two taps from anywhere in the outreach work. */
  protected readonly quickLog = computed(() => {
    const area = this.url().split(/[?#/]/)[1] ?? '';
    return this.auth.can(Permission.ApplicantsWrite) && !NO_QUICK_LOG_AREAS.has(area);
  });
  /** Open beside the page on desktop; closed until asked for on a phone. */
  protected readonly navigationOpen = linkedSignal(() => !this.handset());

  constructor() {
    const router = inject(Router);
    router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        // A new page (not a filter changing the query) is a moment to bring the overdue count up to date.
        const page = router.url.split(/[?#]/)[0];
        if (page !== this.url().split(/[?#]/)[0]) {
          this.overdueFollowUps.refresh();
        }
        this.url.set(router.url);
        if (this.handset()) {
          this.navigationOpen.set(false);
        }
      });
  }

  /** "Follow-ups, 3 overdue" for a screen reader; the badge itself is only seen. */
  protected areaLabel(area: NavigationArea): string | null {
    return area.badge === 'overdue-follow-ups' && this.overdue() > 0 ? `${area.label}, ${this.overdue()} overdue` : null;
  }

  protected skipToMain(event: Event, main: HTMLElement): void {
    event.preventDefault();
    main.focus();
  }

  protected signOut(): void {
    void this.auth.signOut();
  }
}
