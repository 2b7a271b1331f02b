import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { BoardCardDto, Stage, STAGE_LABELS, STAGES } from '@pathway/contracts';
import { DatePipe } from '../../core/format/date.pipe';
import { ReferenceStore } from '../../reference/reference-store';
import { fullName } from './board-moves';

/** One applicant on the board, with a menu that moves them without dragging (keyboard and phone). */
@Component({
  selector: 'pw-board-card',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatMenuModule, MatDividerModule, DatePipe],
  templateUrl: './board-card.html',
  styleUrl: './board-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardCard {
  readonly card = input.required<BoardCardDto>();
  readonly canMove = input(false);
  readonly first = input(false);
  readonly last = input(false);
  readonly moveTo = output<Stage>();
  readonly moveUp = output();
  readonly moveDown = output();

  private readonly reference = inject(ReferenceStore);
  protected readonly name = computed(() => fullName(this.card()));
  protected readonly professions = computed(() => this.reference.professionNames(this.card().professionsOfInterest));
  protected readonly otherStages = computed(() =>
    STAGES.filter((stage) => stage !== this.card().stage).map((stage) => ({ stage, label: STAGE_LABELS[stage] })),
  );
  protected readonly daysInStage = computed(() => {
    const days = this.card().daysInStage;
    return `${days} ${days === 1 ? 'day' : 'days'} in stage`;
  });
  protected readonly followUpOverdue = computed(() => {
    const due = this.card().nextFollowUpDueAt;
    return !!due && new Date(due).getTime() < Date.now();
  });
}
