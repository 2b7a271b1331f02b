import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, StudentDetailDto, StudentStatus, WithdrawalReason } from '@pathway/contracts';
import { EMPTY, finalize, map, Observable, tap } from 'rxjs';
import { errorMessage } from '../../core/api-error';
import { PlacementsApi } from '../../placements/placements-api';
import { StudentsApi } from '../students-api';

export interface StatusChange {
  status: StudentStatus;
  withdrawalReason: WithdrawalReason | null;
  statusNote: string | null;
}

/** One student's page: the record with its status history, and their placements. */
@Injectable()
export class StudentDetailStore {
  private readonly api = inject(StudentsApi);
  private readonly placementsApi = inject(PlacementsApi);

  private readonly id = signal<string | undefined>(undefined);
  private readonly studentResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  private readonly placementsResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) =>
      this.placementsApi.list({ studentId: params, pageSize: MAX_PAGE_SIZE }).pipe(map((page) => page.items)),
  });

  readonly student = computed(() => (this.studentResource.hasValue() ? this.studentResource.value() : undefined));
  readonly name = computed(() => {
    const student = this.student();
    return student ? `${student.firstName} ${student.lastName}` : '';
  });
  readonly notFound = computed(() => {
    const error = this.studentResource.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  readonly loadError = computed(() => {
    const error = this.studentResource.error();
    return error && !this.notFound() ? errorMessage(error) : '';
  });
  readonly placements = computed(() => (this.placementsResource.hasValue() ? this.placementsResource.value() : []));
  readonly placementsLoading = this.placementsResource.isLoading;
  readonly placementsError = computed(() => (this.placementsResource.error() ? 'Placements could not be loaded.' : ''));
  readonly saving = signal(false);

  load(id: string): void {
    this.id.set(id);
  }

  reload(): void {
    this.studentResource.reload();
    this.placementsResource.reload();
  }

  reloadPlacements(): void {
    this.placementsResource.reload();
  }

  /** Saves a status change with the version on screen, so a change made meanwhile is not overwritten. */
  changeStatus(change: StatusChange): Observable<StudentDetailDto> {
    const student = this.student();
    if (!student) {
      return EMPTY;
    }
    this.saving.set(true);
    return this.api
      .update(student.id, {
        version: student.version,
        status: change.status,
        withdrawalReason: change.status === 'withdrawn' ? change.withdrawalReason : null,
        statusNote: change.statusNote,
      })
      .pipe(
        tap((saved) => this.studentResource.set(saved)),
        finalize(() => this.saving.set(false)),
      );
  }
}
