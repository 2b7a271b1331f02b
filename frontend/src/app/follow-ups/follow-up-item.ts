import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { FollowUpDto } from '@pathway/contracts';
import { dueDescription, followUpTypeLabel } from './follow-up-format';

/** One open follow-up: who, what, when; and, for those who may act on it, Complete and a menu of other changes. */
@Component({
  selector: 'pw-follow-up-item',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatMenuModule],
  templateUrl: './follow-up-item.html',
  styleUrl: './follow-up-item.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.overdue]': 'overdue()' },
})
export class FollowUpItem {
  readonly followUp = input.required<FollowUpDto>();
  /** Hide the actions (managers looking at the team's work). */
  readonly readOnly = input(false);
  /** Show whose it is (lists that mix assignees). */
  readonly showAssignee = input(false);
  /** Link the person's name to their record (not needed on their own record). */
  readonly linkApplicant = input(true);

  readonly complete = output<FollowUpDto>();
  readonly reschedule = output<FollowUpDto>();
  readonly reassign = output<FollowUpDto>();
  readonly cancelFollowUp = output<FollowUpDto>();

  protected readonly typeLabel = computed(() => followUpTypeLabel(this.followUp().type));
  protected readonly due = computed(() => dueDescription(this.followUp().dueAt));
  protected readonly overdue = computed(() => new Date(this.followUp().dueAt).getTime() < Date.now());
}
