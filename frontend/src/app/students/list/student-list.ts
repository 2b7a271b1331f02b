import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  Permission,
  STUDENT_STATUS_LABELS,
  STUDENT_STATUSES,
  STUDY_ROUTE_LABELS,
  StudentDetailDto,
  StudyRoute,
} from '@pathway/contracts';
import { debounceTime, filter, map } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { ReferenceStore } from '../../reference/reference-store';
import { cohortYears } from '../cohorts';
import { StudentStatusChip } from '../student-status-chip';
import { CreateStudentDialog } from './create-student-dialog';
import { StudentListStore } from './student-list-store';

const NARROW_QUERY = '(max-width: 599.98px)';

/** Everyone on a course: searchable, filtered by cohort, profession and status, with the filters in the URL. */
@Component({
  selector: 'pw-student-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    StudentStatusChip,
  ],
  providers: [StudentListStore],
  templateUrl: './student-list.html',
  styleUrl: './student-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StudentList {
  protected readonly store = inject(StudentListStore);
  protected readonly reference = inject(ReferenceStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly statuses = STUDENT_STATUSES;
  protected readonly statusLabels = STUDENT_STATUS_LABELS;
  protected readonly routeLabel = (route: StudyRoute): string => STUDY_ROUTE_LABELS[route];
  protected readonly cohorts = cohortYears();
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly canWrite = computed(() => this.auth.can(Permission.StudentsWrite));
  protected readonly filters = this.store.filters;
  protected readonly search = new FormControl(this.filters().search, { nonNullable: true });

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow() ? ['name', 'status'] : ['name', 'profession', 'route', 'cohort', 'status', 'provider'],
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

  protected create(): void {
    this.dialog
      .open<CreateStudentDialog, void, StudentDetailDto>(CreateStudentDialog, { width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((student) => {
        if (student) {
          this.snackBar.open('Student added', 'Dismiss', { duration: 4000 });
          void this.router.navigate(['/students', student.id]);
        }
      });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
