import { LiveAnnouncer } from '@angular/cdk/a11y';
import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { BoardColumnDto, Stage, STAGE_LABELS } from '@pathway/contracts';
import { EMPTY, firstValueFrom, switchMap } from 'rxjs';
import { errorMessage, isForCallerToExplain } from '../../core/api-error';
import { paramsWithoutDefaults } from '../../core/list/paged-list';
import { PipelineApi } from '../pipeline-api';
import { StageMovePrompt } from '../stage-move-prompt';
import {
  BoardFilters,
  boardFiltersFrom,
  DEFAULT_BOARD_FILTERS,
  hasActiveBoardFilters,
  toBoardQuery,
} from './board-filters';
import { appendPage, findCard, fullName, moveCard, neighboursAt, replaceCard } from './board-moves';

/**
 * The pipeline board: filters in the URL, one column per stage (first page each, more on request), and moves that
 * show at once and are undone if the server refuses them.
 */
@Injectable()
export class BoardStore {
  private readonly api = inject(PipelineApi);
  private readonly prompt = inject(StageMovePrompt);
  private readonly snackBar = inject(MatSnackBar);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly queryParams = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly filters = computed(() => boardFiltersFrom(this.queryParams()));
  readonly filtered = computed(() => hasActiveBoardFilters(this.filters()));

  private readonly board = rxResource({
    params: () => toBoardQuery(this.filters()),
    stream: ({ params }) => this.api.board(params),
  });
  /** The columns on screen; the last board stays while the next one loads, and moves change it in place. */
  readonly columns = linkedSignal<BoardColumnDto[] | undefined, BoardColumnDto[]>({
    source: () => (this.board.hasValue() ? this.board.value().columns : undefined),
    computation: (columns, previous) => columns ?? previous?.value ?? [],
  });
  readonly loading = this.board.isLoading;
  readonly loadError = computed(() => {
    const error = this.board.error();
    return error ? errorMessage(error) : '';
  });
  private readonly loadingMoreStages = signal<ReadonlySet<Stage>>(new Set());
  readonly loadingMore = this.loadingMoreStages.asReadonly();

  setFilters(changes: Partial<BoardFilters>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsWithoutDefaults({ ...this.filters(), ...changes }, DEFAULT_BOARD_FILTERS),
      replaceUrl: true,
    });
  }

  clearFilters(): void {
    this.setFilters(DEFAULT_BOARD_FILTERS);
  }

  reload(): void {
    this.board.reload();
  }

  /** The next page of one column, after its cursor. */
  loadMore(stage: Stage): void {
    const column = this.columns().find((candidate) => candidate.stage === stage);
    if (!column?.nextCursor || this.loadingMore().has(stage)) {
      return;
    }
    this.setLoadingMore(stage, true);
    this.api.column(stage, column.nextCursor, toBoardQuery(this.filters())).subscribe({
      next: (page) => {
        this.setLoadingMore(stage, false);
        this.columns.update((columns) => appendPage(columns, stage, page.items, page.nextCursor));
      },
      error: () => this.setLoadingMore(stage, false),
    });
  }

  /**
   * Moves a card to `index` of the `to` column (counted without the card). The board changes at once; a move that
   * needs a reason asks for it, and a cancel or a refusal puts the card back. Resolves when it has settled.
   */
  async move(id: string, to: Stage, index: number): Promise<void> {
    const found = findCard(this.columns(), id);
    const target = this.columns().find((column) => column.stage === to);
    if (!found || !target || (found.place.stage === to && found.place.index === index)) {
      return;
    }
    const { card, place: from } = found;
    const neighbours = neighboursAt(target.items, index, id);
    const putBack = () => this.columns.update((columns) => moveCard(columns, id, from.stage, from.index, card));
    this.columns.update((columns) => moveCard(columns, id, to, index));

    try {
      const saved = await firstValueFrom(
        this.prompt
          .confirm(fullName(card), card.stage, to, card.professionsOfInterest)
          .pipe(
            switchMap((answer) =>
              answer ? this.api.move({ applicantId: id, stage: to, ...neighbours, ...answer }) : EMPTY,
            ),
          ),
        { defaultValue: null },
      );
      if (!saved) {
        putBack();
        return;
      }
      this.columns.update((columns) => replaceCard(columns, saved));
      this.announcer.announce(
        to === from.stage
          ? `Moved ${fullName(card)} to position ${index + 1}`
          : `Moved ${fullName(card)} to ${STAGE_LABELS[to]}`,
      );
    } catch (error) {
      putBack();
      const reason = isForCallerToExplain(error) ? errorMessage(error) : 'Your change was not saved.';
      this.snackBar.open(`Could not move ${fullName(card)}. ${reason}`, 'Dismiss', { duration: 8000 });
    }
  }

  private setLoadingMore(stage: Stage, loading: boolean): void {
    const stages = new Set(this.loadingMore());
    if (loading) {
      stages.add(stage);
    } else {
      stages.delete(stage);
    }
    this.loadingMoreStages.set(stages);
  }
}
