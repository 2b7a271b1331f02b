import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ApplicantDto, Stage, STAGE_LABELS, WideningParticipation } from '@pathway/contracts';
import { EMPTY, finalize, map, Observable, switchMap, tap } from 'rxjs';
import { errorMessage } from '../../core/api-error';
import { StageMovePrompt } from '../../pipeline/stage-move-prompt';
import { ApplicantsApi } from '../applicants-api';

/** One applicant's page: the record, its timeline, and (only on request) its widening-participation details. */
@Injectable()
export class ApplicantDetailStore {
  private readonly api = inject(ApplicantsApi);
  private readonly prompt = inject(StageMovePrompt);

  private readonly id = signal<string | undefined>(undefined);
  private readonly applicantResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  private readonly timelineResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.timeline(params).pipe(map((timeline) => timeline.items)),
  });

  readonly applicant = computed(() => (this.applicantResource.hasValue() ? this.applicantResource.value() : undefined));
  readonly name = computed(() => {
    const applicant = this.applicant();
    return applicant ? `${applicant.firstName} ${applicant.lastName}` : '';
  });
  readonly loading = this.applicantResource.isLoading;
  readonly notFound = computed(() => {
    const error = this.applicantResource.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  readonly loadError = computed(() => {
    const error = this.applicantResource.error();
    return error && !this.notFound() ? errorMessage(error) : '';
  });
  /** No consent on record, or consent withdrawn: nobody should contact them. */
  readonly doNotContact = computed(() => {
    const consent = this.applicant()?.consent;
    return !!consent && (!consent.given || consent.withdrawnAt !== null);
  });

  readonly timeline = computed(() => (this.timelineResource.hasValue() ? this.timelineResource.value() : []));
  readonly timelineLoading = this.timelineResource.isLoading;
  readonly timelineError = computed(() => (this.timelineResource.error() ? 'The timeline could not be loaded.' : ''));

  private readonly wpDetails = signal<WideningParticipation | null>(null);
  readonly wideningParticipation = this.wpDetails.asReadonly();
  readonly wideningParticipationLoading = signal(false);
  /** A move or another change is on its way to the server. */
  readonly busy = signal(false);

  load(id: string): void {
    if (id !== this.id()) {
      this.wpDetails.set(null);
      this.id.set(id);
    }
  }

  reload(): void {
    this.applicantResource.reload();
    this.timelineResource.reload();
  }

  /**
   * Moves the applicant to a stage, first asking for the reason a backward move or closing needs. Emits the saved
   * applicant; completes without a value when the person cancels.
   */
  moveTo(stage: Stage): Observable<ApplicantDto> {
    const applicant = this.applicant();
    if (!applicant) {
      return EMPTY;
    }
    return this.prompt.confirm(this.name(), applicant.stage, stage, applicant.professionsOfInterest).pipe(
      switchMap((answer) => {
        if (!answer) {
          return EMPTY;
        }
        this.busy.set(true);
        return this.api.moveStage(applicant.id, { stage, ...answer }).pipe(finalize(() => this.busy.set(false)));
      }),
      tap((saved) => this.saved(saved)),
    );
  }

  archive(): Observable<void> {
    const applicant = this.applicant();
    if (!applicant) {
      return EMPTY;
    }
    return this.api.archive(applicant.id).pipe(tap(() => this.reload()));
  }

  restore(): Observable<ApplicantDto> {
    const applicant = this.applicant();
    if (!applicant) {
      return EMPTY;
    }
    return this.api.restore(applicant.id).pipe(tap((saved) => this.saved(saved)));
  }

  /** Fetches the special-category details; the server records the read, so this runs only when asked. */
  showWideningParticipation(): void {
    const applicant = this.applicant();
    if (!applicant || this.wideningParticipationLoading()) {
      return;
    }
    this.wideningParticipationLoading.set(true);
    this.api
      .wideningParticipation(applicant.id)
      .pipe(finalize(() => this.wideningParticipationLoading.set(false)))
      .subscribe({ next: (details) => this.wpDetails.set(details), error: () => undefined });
  }

  hideWideningParticipation(): void {
    this.wpDetails.set(null);
  }

  private saved(applicant: ApplicantDto): void {
    this.applicantResource.set(applicant);
    this.timelineResource.reload();
  }
}

/** "Moved to Engaged" for the snackbar after a move. */
export function movedMessage(stage: Stage): string {
  return stage === 'closed' ? 'Record closed' : `Moved to ${STAGE_LABELS[stage]}`;
}
