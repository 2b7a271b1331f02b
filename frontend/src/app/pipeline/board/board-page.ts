import { CdkDragDrop, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { BreakpointObserver } from '@angular/cdk/layout';
import { CdkScrollable } from '@angular/cdk/scrolling';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { BoardCardDto, Permission, Stage, STAGE_LABELS } from '@pathway/contracts';
import { map } from 'rxjs';
import { campaignChoices } from '../../campaigns/campaign-choices';
import { AuthStore } from '../../core/auth/auth-store';
import { ReferenceStore } from '../../reference/reference-store';
import { BoardColumn, MenuMove } from './board-column';
import { BoardStore } from './board-store';

/** Below this width the board shows one column at a time, chosen from a list. */
const NARROW_QUERY = '(max-width: 599.98px)';

@Component({
  selector: 'pw-board-page',
  imports: [
    CdkDropListGroup,
    CdkScrollable,
    MatFormFieldModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    BoardColumn,
  ],
  providers: [BoardStore],
  templateUrl: './board-page.html',
  styleUrl: './board-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardPage {
  protected readonly store = inject(BoardStore);
  private readonly auth = inject(AuthStore);
  private readonly reference = inject(ReferenceStore);
  private readonly injector = inject(Injector);

  protected readonly filters = this.store.filters;
  protected readonly professions = this.reference.professions;
  protected readonly owners = this.reference.owners;
  protected readonly campaigns = campaignChoices();
  protected readonly stageLabels = STAGE_LABELS;
  /** Managers see the board read-only: no dragging, no move menu. */
  protected readonly canMove = computed(() => this.auth.can(Permission.ApplicantsWrite));
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** The column shown on a phone. */
  protected readonly shownStage = signal<Stage>('enquiry');
  protected readonly visibleColumns = computed(() =>
    this.narrow() ? this.store.columns().filter((column) => column.stage === this.shownStage()) : this.store.columns(),
  );

  protected drop(event: CdkDragDrop<Stage, Stage, BoardCardDto>): void {
    if (event.previousContainer === event.container && event.previousIndex === event.currentIndex) {
      return;
    }
    void this.store.move(event.item.data.id, event.container.data, event.currentIndex);
  }

  /** A move from a card's menu; afterwards focus returns to that card wherever it now is. */
  protected async menuMove({ card, to, index }: MenuMove): Promise<void> {
    await this.store.move(card.id, to, index);
    afterNextRender(() => document.getElementById(`move-${card.id}`)?.focus(), { injector: this.injector });
  }
}
