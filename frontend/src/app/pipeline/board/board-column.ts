import { CdkDrag, CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { BoardCardDto, BoardColumnDto, Stage, STAGE_LABELS } from '@pathway/contracts';
import { BoardCard } from './board-card';

/** A card moved from its menu: to another stage (top of that column) or up or down its own column. */
export interface MenuMove {
  card: BoardCardDto;
  to: Stage;
  index: number;
}

/** One stage's column: its name and total, its cards (a drop list), and "Load more". */
@Component({
  selector: 'pw-board-column',
  imports: [CdkDropList, CdkDrag, MatButtonModule, MatIconModule, MatProgressBarModule, BoardCard],
  templateUrl: './board-column.html',
  styleUrl: './board-column.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardColumn {
  readonly column = input.required<BoardColumnDto>();
  readonly canMove = input(false);
  readonly loadingMore = input(false);
  /** Touch drags start after a press, so that a finger can still scroll the column. */
  readonly touchDelay = input(0);
  readonly dropped = output<CdkDragDrop<Stage, Stage, BoardCardDto>>();
  readonly menuMove = output<MenuMove>();
  readonly loadMore = output<Stage>();

  protected readonly label = computed(() => STAGE_LABELS[this.column().stage]);
  protected readonly remaining = computed(() => this.column().total - this.column().items.length);

  protected moveTo(card: BoardCardDto, to: Stage): void {
    this.menuMove.emit({ card, to, index: 0 });
  }

  protected moveBy(card: BoardCardDto, index: number, step: number): void {
    this.menuMove.emit({ card, to: card.stage, index: index + step });
  }
}
