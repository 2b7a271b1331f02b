import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { FollowUpDto, MAX_PAGE_SIZE } from '@pathway/contracts';
import { Subscription } from 'rxjs';
import { errorMessage } from '../core/api-error';
import { FollowUpItem } from './follow-up-item';
import { FollowUpsApi } from './follow-ups-api';

export interface AssigneeGroup {
  assigneeId: string;
  assigneeName: string;
  items: FollowUpDto[];
}

const NO_ASSIGNEE = 'No assignee';

/** Follow-ups grouped by whose they are, people in name order; within a group, soonest first (as they came). */
export function groupByAssignee(followUps: readonly FollowUpDto[]): AssigneeGroup[] {
  const groups = new Map<string, AssigneeGroup>();
  for (const followUp of followUps) {
    const group = groups.get(followUp.assigneeId);
    if (group) {
      group.items.push(followUp);
    } else {
      groups.set(followUp.assigneeId, {
        assigneeId: followUp.assigneeId,
        assigneeName: followUp.assigneeName ?? NO_ASSIGNEE,
        items: [followUp],
      });
    }
  }
  return [...groups.values()]
    .sort((a, b) =>
      a.assigneeName === NO_ASSIGNEE ? 1 : b.assigneeName === NO_ASSIGNEE ? -1 : a.assigneeName.localeCompare(b.assigneeName),
    );
}

/** For managers: every open overdue follow-up in the team, grouped by assignee, to read (not to act on). */
@Component({
  selector: 'pw-team-overdue',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, FollowUpItem],
  templateUrl: './team-overdue.html',
  styleUrl: './follow-up-sections.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamOverdue {
  private readonly api = inject(FollowUpsApi);
  private load: Subscription | null = null;
  private readonly totalsLoading = new Set<string>();

  protected readonly items = signal<FollowUpDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly loaded = signal(false);
  protected readonly groups = computed(() => groupByAssignee(this.items()));
  protected readonly more = computed(() => this.items().length < this.total());
  /** Each assignee's overdue count in all, which can be more than the first pages show. */
  protected readonly assigneeTotals = signal<Partial<Record<string, number>>>({});

  constructor() {
    inject(DestroyRef).onDestroy(() => this.load?.unsubscribe());
    this.fetch(1);
  }

  protected showMore(): void {
    if (!this.loading() && this.more()) {
      this.fetch(Math.floor(this.items().length / MAX_PAGE_SIZE) + 1);
    }
  }

  protected reload(): void {
    this.items.set([]);
    this.fetch(1);
  }

  /** One count per person in the team (a handful of small requests), fetched once each. */
  private loadAssigneeTotals(items: readonly FollowUpDto[]): void {
    for (const assigneeId of new Set(items.map((item) => item.assigneeId))) {
      if (assigneeId in this.assigneeTotals() || this.totalsLoading.has(assigneeId)) {
        continue;
      }
      this.totalsLoading.add(assigneeId);
      this.api.summary(assigneeId, true).subscribe({
        next: (summary) => this.assigneeTotals.update((totals) => ({ ...totals, [assigneeId]: summary.overdue })),
        error: () => this.totalsLoading.delete(assigneeId),
      });
    }
  }

  private fetch(page: number): void {
    this.loading.set(true);
    this.error.set('');
    this.load?.unsubscribe();
    this.load = this.api.list({ due: 'overdue', page, pageSize: MAX_PAGE_SIZE }).subscribe({
      next: (result) => {
        this.items.update((items) => (page === 1 ? result.items : [...items, ...result.items]));
        this.total.set(result.total);
        this.loading.set(false);
        this.loaded.set(true);
        this.loadAssigneeTotals(result.items);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }
}
