import { ChangeDetectionStrategy, Component, computed, effect, inject, input, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  PlacementDto,
  Permission,
  STUDENT_STATUS_LABELS,
  STUDY_ROUTE_LABELS,
  WITHDRAWAL_REASON_LABELS,
} from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage, hasErrorCode, isForCallerToExplain } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { DatePipe } from '../../core/format/date.pipe';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { CreatePlacementDialog, CreatePlacementDialogData } from '../../placements/create/create-placement-dialog';
import { ReferenceStore } from '../../reference/reference-store';
import { StudentStatusChip } from '../student-status-chip';
import { StatusChangeForm } from './status-change-form';
import { StatusHistory } from './status-history';
import { StatusChange, StudentDetailStore } from './student-detail-store';
import { StudentPlacements } from './student-placements';

/** One student: their course, status (and its history), and placements. */
@Component({
  selector: 'pw-student-detail',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    DatePipe,
    StudentStatusChip,
    StatusChangeForm,
    StatusHistory,
    StudentPlacements,
  ],
  providers: [StudentDetailStore],
  templateUrl: './student-detail.html',
  styleUrl: './student-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StudentDetail {
  /** The student's id, from the route. */
  readonly id = input.required<string>();

  protected readonly store = inject(StudentDetailStore);
  protected readonly reference = inject(ReferenceStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly statusForm = viewChild(StatusChangeForm);

  protected readonly student = this.store.student;
  protected readonly canWrite = computed(() => this.auth.can(Permission.StudentsWrite));
  protected readonly statusLabels = STUDENT_STATUS_LABELS;
  protected readonly routeLabels = STUDY_ROUTE_LABELS;
  protected readonly reasonLabels = WITHDRAWAL_REASON_LABELS;

  constructor() {
    effect(() => this.store.load(this.id()));
    effect(() => {
      const name = this.store.name();
      if (name) {
        this.title.setTitle(`${name} · ${PRODUCT_NAME}`);
      }
    });
  }

  protected changeStatus(change: StatusChange): void {
    this.store.changeStatus(change).subscribe({
      next: (saved) =>
        this.snackBar.open(`Status changed to ${STUDENT_STATUS_LABELS[saved.status]}`, 'Dismiss', { duration: 4000 }),
      error: (error: unknown) => {
        if (hasErrorCode(error, 'stale_version')) {
          this.snackBar.open(`${errorMessage(error)} The latest details are shown now.`, 'Dismiss', { duration: 8000 });
          this.store.reload();
          return;
        }
        const form = this.statusForm()?.form;
        const placed = form ? applyApiFieldErrors(form, error, { status: 'status', statusNote: 'note' }) : false;
        if (!placed && isForCallerToExplain(error)) {
          this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
        }
      },
    });
  }

  protected addPlacement(): void {
    const student = this.student();
    if (!student) {
      return;
    }
    this.dialog
      .open<CreatePlacementDialog, CreatePlacementDialogData, PlacementDto>(CreatePlacementDialog, {
        width: '560px',
        maxWidth: '95vw',
        data: { student },
      })
      .afterClosed()
      .subscribe((placement) => {
        if (placement) {
          this.snackBar.open('Placement added', 'Dismiss', { duration: 4000 });
          this.store.reloadPlacements();
        }
      });
  }
}
