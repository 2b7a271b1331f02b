import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { AttendeeDto, DEFAULT_PAGE_SIZE } from '@pathway/contracts';
import { Observable, tap } from 'rxjs';
import { errorMessage } from '../../core/api-error';
import { EventsApi } from '../events-api';

/**
 * One event's attendees, a page at a time, and the rows selected for checking in together. Only people not yet
 * checked in can be selected; a selection survives a reload for the rows still shown.
 */
@Injectable()
export class AttendeeListStore {
  private readonly api = inject(EventsApi);

  private readonly eventId = signal<string | undefined>(undefined);
  readonly page = signal(1);
  readonly pageSize = signal(DEFAULT_PAGE_SIZE);
  private readonly resource = rxResource({
    params: () => {
      const id = this.eventId();
      return id ? { id, page: this.page(), pageSize: this.pageSize() } : undefined;
    },
    stream: ({ params: { id, page, pageSize } }) => this.api.attendees(id, { page, pageSize }),
  });

  readonly attendees = computed<AttendeeDto[]>(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly total = computed(() => (this.resource.hasValue() ? this.resource.value().total : 0));
  readonly loading = this.resource.isLoading;
  readonly loadError = computed(() => {
    const error = this.resource.error();
    return error ? errorMessage(error) : '';
  });
  readonly empty = computed(() => this.resource.hasValue() && this.resource.value().total === 0);
  /** Rows that can still be checked in. */
  readonly selectable = computed(() => this.attendees().filter((attendee) => !attendee.checkedInAt));

  readonly selected = linkedSignal<AttendeeDto[], ReadonlySet<string>>({
    source: this.selectable,
    computation: (rows, previous) => {
      const ids = new Set(rows.map((attendee) => attendee.applicantId));
      return new Set([...(previous?.value ?? [])].filter((id) => ids.has(id)));
    },
  });
  readonly selectedCount = computed(() => this.selected().size);
  readonly allSelected = computed(
    () => this.selectable().length > 0 && this.selectable().every((row) => this.selected().has(row.applicantId)),
  );

  load(eventId: string): void {
    if (eventId !== this.eventId()) {
      this.page.set(1);
      this.eventId.set(eventId);
    }
  }

  reload(): void {
    this.resource.reload();
  }

  showPage(page: number, pageSize: number): void {
    this.page.set(pageSize === this.pageSize() ? page : 1);
    this.pageSize.set(pageSize);
  }

  isSelectable(attendee: AttendeeDto): boolean {
    return !attendee.checkedInAt;
  }

  toggle(applicantId: string): void {
    if (!this.selectable().some((row) => row.applicantId === applicantId)) {
      return;
    }
    const selected = new Set(this.selected());
    if (!selected.delete(applicantId)) {
      selected.add(applicantId);
    }
    this.selected.set(selected);
  }

  toggleAll(): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(this.selectable().map((row) => row.applicantId)));
  }

  clearSelection(): void {
    this.selected.set(new Set());
  }

  /** Checks in one attendee; answers how many were newly checked in. */
  checkIn(applicantId: string): Observable<number> {
    return this.api.checkIn(this.requireEventId(), applicantId).pipe(tap(() => this.reload()));
  }

  /** Checks in everyone selected at once and starts a new selection. */
  checkInSelected(): Observable<number> {
    const ids = [...this.selected()];
    return this.api.checkInMany(this.requireEventId(), ids).pipe(
      tap(() => {
        this.clearSelection();
        this.reload();
      }),
    );
  }

  remove(applicantId: string): Observable<void> {
    return this.api.removeAttendee(this.requireEventId(), applicantId).pipe(tap(() => this.reload()));
  }

  private requireEventId(): string {
    const id = this.eventId();
    if (!id) {
      throw new Error('No event loaded');
    }
    return id;
  }
}
