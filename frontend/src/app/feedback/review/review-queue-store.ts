import { computed, inject, Injectable, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { SurveyQuestion, SurveyResponseDto, UpdateSurveyResponseRequest } from '@pathway/contracts';
import { catchError, map, Observable, of, tap } from 'rxjs';
import { pagedList } from '../../core/list/paged-list';
import { FeedbackApi } from '../feedback-api';
import { DEFAULT_REVIEW_FILTERS, ReviewFilters, reviewFiltersFrom, toReviewQuery } from './review-filters';

/** The review queue: responses newest first, the questions each one answered, and reviews saved in place. */
@Injectable()
export class ReviewQueueStore {
  private readonly api = inject(FeedbackApi);
  private readonly list = pagedList({
    parse: reviewFiltersFrom,
    defaults: DEFAULT_REVIEW_FILTERS,
    toQuery: toReviewQuery,
    load: (query) => this.api.responses(query),
  });
  /** Responses saved since the page loaded, so a review shows at once without reloading every card. */
  private readonly saved = signal<ReadonlyMap<string, SurveyResponseDto>>(new Map());
  private readonly questionsByTemplate = toSignal(
    this.api.templates().pipe(
      map((templates) => new Map(templates.map((template) => [template.id, template.questions]))),
      catchError(() => of(new Map<string, SurveyQuestion[]>())),
    ),
    { initialValue: new Map<string, SurveyQuestion[]>() },
  );

  readonly filters = this.list.filters;
  readonly responses = computed(() => this.list.items().map((response) => this.saved().get(response.id) ?? response));
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;
  readonly filtered = computed(() => {
    const { siteId, reviewStatus, concern } = this.filters();
    return siteId !== '' || reviewStatus !== '' || concern;
  });

  /** The questions of the template version a response answered; empty until the templates arrive. */
  questionsFor(response: SurveyResponseDto): SurveyQuestion[] {
    return this.questionsByTemplate().get(response.templateId) ?? [];
  }

  setFilters(changes: Partial<ReviewFilters>): void {
    this.list.setFilters(changes);
  }

  clearFilters(): void {
    this.list.setFilters({ siteId: '', reviewStatus: '', concern: false, page: 1 });
  }

  reload(): void {
    this.saved.set(new Map());
    this.list.reload();
  }

  review(
    response: SurveyResponseDto,
    changes: Omit<UpdateSurveyResponseRequest, 'version'>,
  ): Observable<SurveyResponseDto> {
    return this.api
      .updateResponse(response.id, { ...changes, version: response.version })
      .pipe(tap((saved) => this.saved.update((map) => new Map(map).set(saved.id, saved))));
  }
}
