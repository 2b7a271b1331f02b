import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { DUE_BUCKETS, DueBucket, FollowUpDto, FollowUpSummaryDto, MAX_PAGE_SIZE } from '@pathway/contracts';
import { Subscription } from 'rxjs';
import { errorMessage } from '../core/api-error';
import { FollowUpsApi } from './follow-ups-api';

/** How many follow-ups a section shows at first, and how many more each "Show more" adds. */
export const SECTION_PAGE_SIZE = 10;

export interface FollowUpSection {
  bucket: DueBucket;
  items: FollowUpDto[];
  /** How many the list has in all (for "Show more"). */
  total: number;
  loading: boolean;
  error: string;
}

const emptySection = (bucket: DueBucket): FollowUpSection => ({ bucket, items: [], total: 0, loading: true, error: '' });

/**
 * "My follow-ups": the counts per due bucket (from the summary) and, per bucket, the first follow-ups soonest first,
 * with more on request. A reload keeps as many showing as before, so completing one does not collapse a long list.
 */
@Injectable()
export class MyFollowUpsStore {
  private readonly api = inject(FollowUpsApi);
  private readonly loads = new Map<DueBucket | 'summary', Subscription>();

  private readonly summaryState = signal<FollowUpSummaryDto | null>(null);
  private readonly summaryFailure = signal('');
  private readonly sectionState = signal<Record<DueBucket, FollowUpSection>>({
    overdue: emptySection('overdue'),
    today: emptySection('today'),
    week: emptySection('week'),
    later: emptySection('later'),
  });

  readonly summary = this.summaryState.asReadonly();
  readonly summaryError = this.summaryFailure.asReadonly();
  readonly sections = computed(() => DUE_BUCKETS.map((bucket) => this.sectionState()[bucket]));
  /** Everything has loaded and there is nothing open at all. */
  readonly nothingDue = computed(() => {
    const summary = this.summary();
    return !!summary && DUE_BUCKETS.every((bucket) => summary[bucket] === 0);
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.loads.forEach((load) => load.unsubscribe()));
  }

  /** Loads (or reloads) the counts and every section. */
  load(): void {
    this.track(
      'summary',
      this.api.summary('me').subscribe({
        next: (summary) => {
          this.summaryState.set(summary);
          this.summaryFailure.set('');
        },
        error: (error: unknown) => this.summaryFailure.set(errorMessage(error)),
      }),
    );
    for (const bucket of DUE_BUCKETS) {
      const shown = this.sectionState()[bucket].items.length;
      const pages = Math.max(1, Math.ceil(shown / SECTION_PAGE_SIZE));
      this.fetch(bucket, 1, Math.min(pages * SECTION_PAGE_SIZE, MAX_PAGE_SIZE), false);
    }
  }

  showMore(bucket: DueBucket): void {
    const section = this.sectionState()[bucket];
    if (section.loading || section.items.length >= section.total) {
      return;
    }
    // Sections always hold whole pages, so the next page starts right after what is shown.
    const nextPage = Math.floor(section.items.length / SECTION_PAGE_SIZE) + 1;
    this.fetch(bucket, nextPage, SECTION_PAGE_SIZE, true);
  }

  private fetch(bucket: DueBucket, page: number, pageSize: number, append: boolean): void {
    this.patch(bucket, { loading: true, error: '' });
    this.track(
      bucket,
      this.api.list({ assignee: 'me', due: bucket, page, pageSize }).subscribe({
        next: (result) =>
          this.patch(bucket, {
            items: append ? [...this.sectionState()[bucket].items, ...result.items] : result.items,
            total: result.total,
            loading: false,
          }),
        error: (error: unknown) => this.patch(bucket, { loading: false, error: errorMessage(error) }),
      }),
    );
  }

  private patch(bucket: DueBucket, changes: Partial<FollowUpSection>): void {
    this.sectionState.update((sections) => ({ ...sections, [bucket]: { ...sections[bucket], ...changes } }));
  }

  /** Only the latest load of each part counts: an older answer arriving late must not overwrite a newer one. */
  private track(key: DueBucket | 'summary', load: Subscription): void {
    this.loads.get(key)?.unsubscribe();
    this.loads.set(key, load);
  }
}
