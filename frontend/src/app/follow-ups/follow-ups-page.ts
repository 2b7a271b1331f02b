import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { DUE_BUCKET_LABELS, DueBucket, Permission } from '@pathway/contracts';
import { AuthStore } from '../core/auth/auth-store';
import { CalendarMenu } from './calendar-menu';
import { FollowUpActions } from './follow-up-actions';
import { FollowUpItem } from './follow-up-item';
import { MyFollowUpsStore } from './my-follow-ups-store';
import { TeamOverdue } from './team-overdue';

export type FollowUpsView = 'mine' | 'team';

export const EMPTY_SECTION_TEXT: Record<DueBucket, string> = {
  overdue: 'Nothing overdue.',
  today: 'Nothing else due today.',
  week: 'Nothing else due this week.',
  later: 'Nothing planned for later.',
};

/** "My follow-ups" by when they are due; managers can also look over the team's overdue ones. */
@Component({
  selector: 'pw-follow-ups-page',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule, CalendarMenu, FollowUpItem, TeamOverdue],
  providers: [MyFollowUpsStore, FollowUpActions],
  templateUrl: './follow-ups-page.html',
  styleUrls: ['./follow-up-sections.scss', './follow-ups-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpsPage {
  /** `?view=team` (managers and admins). */
  readonly view = input<string | undefined>();

  protected readonly store = inject(MyFollowUpsStore);
  protected readonly actions = inject(FollowUpActions);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly labels = DUE_BUCKET_LABELS;
  protected readonly emptyText = EMPTY_SECTION_TEXT;
  protected readonly canWrite = computed(() => this.auth.can(Permission.ApplicantsWrite));
  /** Managers oversee everyone's follow-ups; admins may too. */
  protected readonly canSeeTeam = computed(() => ['manager', 'admin'].includes(this.auth.user()?.role ?? ''));
  protected readonly shownView = computed<FollowUpsView>(() =>
    this.canSeeTeam() && this.view() === 'team' ? 'team' : 'mine',
  );

  constructor() {
    // The "Mine" lists load when shown (again on coming back from the team view, which may be minutes later).
    effect(() => {
      if (this.shownView() === 'mine') {
        untracked(() => this.store.load());
      }
    });
    this.actions.changed.pipe(takeUntilDestroyed()).subscribe(() => this.store.load());
  }

  protected showView(view: FollowUpsView): void {
    void this.router.navigate([], { queryParams: { view: view === 'team' ? 'team' : null }, replaceUrl: true });
  }

  protected count(bucket: DueBucket): number | null {
    return this.store.summary()?.[bucket] ?? null;
  }
}
