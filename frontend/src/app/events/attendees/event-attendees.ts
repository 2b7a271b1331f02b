import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { AttendanceSource, AttendeeDto } from '@pathway/contracts';
import { filter, map, switchMap } from 'rxjs';
import { errorMessage, isForCallerToExplain } from '../../core/api-error';
import { ConfirmDialog, ConfirmDialogData } from '../../core/confirm-dialog/confirm-dialog';
import { DateTimePipe } from '../../core/format/date-time.pipe';
import { formatTime } from '../../core/format/time-range';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { StageChip } from '../../pipeline/stage-chip';
import type { AddAttendeeDialog, AddAttendeeDialogData } from './add-attendee-dialog';
import { AttendeeListStore } from './attendee-list-store';

export const HOW_LABELS: Record<AttendanceSource, string> = {
  self_registered: 'Signed up online',
  added_by_officer: 'Added by an officer',
  imported: 'Imported',
};

const NARROW_QUERY = '(max-width: 599.98px)';

/** The people signed up for an event: check them in one by one or together, add someone, or take someone off. */
@Component({
  selector: 'pw-event-attendees',
  imports: [
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    StageChip,
    DateTimePipe,
  ],
  providers: [AttendeeListStore],
  templateUrl: './event-attendees.html',
  styleUrl: './event-attendees.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventAttendees {
  readonly eventId = input.required<string>();
  readonly eventTitle = input.required<string>();
  /** Officers and admins may change attendance; everyone else sees it read-only. */
  readonly canWrite = input(false);
  /** Someone was added, checked in or removed: the event's counts have changed. */
  readonly changed = output();

  protected readonly store = inject(AttendeeListStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly howLabel = (how: AttendanceSource): string => HOW_LABELS[how];
  protected readonly time = formatTime;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => [
    ...(this.canWrite() ? ['select'] : []),
    'name',
    // On a phone the stage sits under the name, and email and registration give way.
    ...(this.narrow() ? [] : ['email', 'stage', 'registered']),
    'checkIn',
    ...(this.canWrite() ? ['actions'] : []),
  ]);

  constructor() {
    effect(() => this.store.load(this.eventId()));
  }

  protected fullName(attendee: AttendeeDto): string {
    return `${attendee.firstName} ${attendee.lastName}`;
  }

  /** The dialog (with its tabs and search) is downloaded only when someone opens it. */
  protected async add(): Promise<void> {
    const { AddAttendeeDialog } = await import('./add-attendee-dialog');
    this.dialog
      .open<AddAttendeeDialog, AddAttendeeDialogData, string>(AddAttendeeDialog, {
        width: '560px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        data: { eventId: this.eventId(), eventTitle: this.eventTitle() },
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.store.reload();
        this.done('Attendee added');
      });
  }

  protected checkIn(attendee: AttendeeDto): void {
    this.store.checkIn(attendee.applicantId).subscribe({
      next: () => this.done(`${this.fullName(attendee)} checked in`),
      error: (error: unknown) => this.failed(error),
    });
  }

  protected checkInSelected(): void {
    this.store.checkInSelected().subscribe({
      next: (count) => this.done(count === 1 ? '1 person checked in' : `${count} people checked in`),
      error: (error: unknown) => this.failed(error),
    });
  }

  protected remove(attendee: AttendeeDto): void {
    const name = this.fullName(attendee);
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        role: 'alertdialog',
        width: '440px',
        maxWidth: '95vw',
        data: {
          title: `Remove ${name} from this event?`,
          message: 'Their record stays in Pathway; only their place at this event is taken away.',
          confirmLabel: 'Remove',
        },
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.store.remove(attendee.applicantId)),
      )
      .subscribe({
        next: () => this.done(`${name} removed from the event`),
        error: (error: unknown) => this.failed(error),
      });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    this.store.showPage(pageIndex + 1, pageSize);
  }

  /** The store has already reloaded the attendees; the page reloads the event's counts. */
  private done(message: string): void {
    this.snackBar.open(message, 'Dismiss', { duration: 4000 });
    this.changed.emit();
  }

  /** 400s and 409s are ours to explain; the error interceptor has already announced anything else. */
  private failed(error: unknown): void {
    if (isForCallerToExplain(error)) {
      this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
    }
  }
}
