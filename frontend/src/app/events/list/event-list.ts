import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { EVENT_TYPE_LABELS, EventType, Permission } from '@pathway/contracts';
import { debounceTime, filter, map } from 'rxjs';
import { campaignChoices } from '../../campaigns/campaign-choices';
import { AuthStore } from '../../core/auth/auth-store';
import { formatDay, formatTime } from '../../core/format/time-range';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { ReferenceStore } from '../../reference/reference-store';
import { eventPlace } from '../event-place';
import { EventFilterControls } from './event-filter-controls';
import { activeEventFilterChips, EventFilters, EventsWhen } from './event-filters';
import { EventListStore } from './event-list-store';

/** Below this width the table becomes a list of compact cards and the filters fold away. */
const NARROW_QUERY = '(max-width: 599.98px)';

@Component({
  selector: 'pw-event-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatChipsModule,
    MatExpansionModule,
    EventFilterControls,
  ],
  providers: [EventListStore],
  templateUrl: './event-list.html',
  styleUrl: './event-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventList {
  protected readonly store = inject(EventListStore);
  private readonly auth = inject(AuthStore);
  private readonly reference = inject(ReferenceStore);

  protected readonly filters = this.store.filters;
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly canWrite = computed(() => this.auth.can(Permission.ApplicantsWrite));
  protected readonly campaigns = campaignChoices();
  protected readonly professions = this.reference.professions;
  protected readonly search = new FormControl(this.filters().search, { nonNullable: true });
  protected readonly chips = computed(() =>
    activeEventFilterChips(this.filters(), {
      campaign: (id) => this.campaigns().find((campaign) => campaign.id === id)?.name ?? '',
      profession: (code) => this.reference.professionName(code),
    }),
  );
  protected readonly columns = ['date', 'title', 'type', 'place', 'campaign', 'reach', 'attendees'];
  protected readonly typeLabels = EVENT_TYPE_LABELS;
  protected readonly typeLabel = (type: EventType): string => EVENT_TYPE_LABELS[type];
  protected readonly place = eventPlace;
  protected readonly day = formatDay;
  protected readonly time = formatTime;

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        map((search) => search.trim()),
        filter((search) => search !== this.filters().search),
        takeUntilDestroyed(),
      )
      .subscribe((search) => this.store.setFilters({ search, page: 1 }));

    // The URL can change without typing (back button, "Clear filters"): show what is being searched for.
    effect(() => {
      const search = this.filters().search;
      untracked(() => {
        if (this.search.value.trim() !== search) {
          this.search.setValue(search, { emitEvent: false });
        }
      });
    });
  }

  protected show(when: EventsWhen): void {
    this.store.setFilters({ when, page: 1 });
  }

  protected setFilters(changes: Partial<EventFilters>): void {
    this.store.setFilters(changes);
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
