import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PublicSurveyDto } from '@pathway/contracts';
import { startWith } from 'rxjs';
import { apiErrorOf, applyApiFieldErrors, NETWORK_ERROR_MESSAGE } from '../core/api-error';
import {
  buildSurveyForm,
  CONCERN_TEXT_ID,
  concernProblem,
  requiredProgress,
  submissionFrom,
  SurveyFormGroup,
  SurveyProblem,
  surveyProblems,
  TEXT_MAX_LENGTH,
} from './survey-answers';
import { PublicSurveysApi } from './public-surveys-api';
import { SurveyQuestion } from './survey-question';

/** Why the survey cannot be answered, learned on sending (answered meanwhile on another device, expired, removed). */
export type SurveyUnavailable = 'answered' | 'expired' | 'missing';

const SOMETHING_WRONG = 'Something went wrong and your answers have not been sent yet. Please try again in a moment.';
const TOO_MANY =
  'Lots of answers are arriving from here right now. Please wait a minute, then press “Send my answers” again.';

/** The questions, an optional concern, and the choice to be contacted; anonymous unless the student says otherwise. */
@Component({
  selector: 'pw-survey-form',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    SurveyQuestion,
  ],
  templateUrl: './survey-form.html',
  styleUrl: './survey-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyForm {
  readonly token = input.required<string>();
  readonly survey = input.required<PublicSurveyDto>();
  /** Sent: carries the thank-you message. */
  readonly submitted = output<string>();
  readonly unavailable = output<SurveyUnavailable>();

  private readonly api = inject(PublicSurveysApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly questions = computed(() => this.survey().questions);
  /** Built once: the questions behind a link never change while the page is open. */
  protected readonly formGroup = computed(() => buildSurveyForm(this.questions()));
  protected readonly concernTextId = CONCERN_TEXT_ID;
  protected readonly maxLength = TEXT_MAX_LENGTH;
  private readonly value = signal<ReturnType<SurveyFormGroup['getRawValue']> | null>(null);
  protected readonly concernRaised = computed(() => this.value()?.concernRaised ?? false);
  protected readonly progress = computed(() => requiredProgress(this.questions(), this.value()?.answers ?? {}));
  protected readonly attempted = signal(false);
  protected readonly problems = signal<SurveyProblem[]>([]);
  protected readonly formError = signal('');
  protected readonly saving = signal(false);

  private get form(): SurveyFormGroup {
    return this.formGroup();
  }

  constructor() {
    effect((onCleanup) => {
      const form = this.formGroup();
      const subscription = form.valueChanges.pipe(startWith(null)).subscribe(() => {
        this.value.set(form.getRawValue());
        // Once the summary is showing, it follows the answers as they are corrected.
        if (untracked(this.attempted)) {
          this.problems.set(surveyProblems(untracked(this.questions), form));
        }
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected concernError(): string {
    const control = this.form.controls.concernText;
    return this.attempted() || control.hasError('api') ? concernProblem(control) : '';
  }

  protected submit(): void {
    this.attempted.set(true);
    this.formError.set('');
    if (this.form.invalid) {
      this.problems.set(surveyProblems(this.questions(), this.form));
      this.focusFirstProblem();
      return;
    }
    if (this.saving()) {
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    this.api.submit(this.token(), submissionFrom(this.questions(), this.form)).subscribe({
      next: (message) => this.submitted.emit(message),
      error: (error: unknown) => {
        this.saving.set(false);
        this.explain(error);
      },
    });
  }

  private explain(error: unknown): void {
    const apiError = apiErrorOf(error);
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (apiError?.code === 'already_submitted') {
      this.unavailable.emit('answered');
    } else if (apiError?.code === 'link_expired' || status === 410) {
      this.unavailable.emit('expired');
    } else if (status === 404) {
      this.unavailable.emit('missing');
    } else if (status === 400 && applyApiFieldErrors(this.form, error)) {
      this.problems.set(surveyProblems(this.questions(), this.form));
      this.focusFirstProblem();
    } else {
      this.formError.set(
        status === 0 ? NETWORK_ERROR_MESSAGE : status === 429 ? TOO_MANY : (apiError?.message ?? SOMETHING_WRONG),
      );
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.error-summary')?.focus(), {
        injector: this.injector,
      });
    }
  }

  /** Moves to a question named in the summary (a plain link would only scroll). */
  protected goTo(event: Event, field: string): void {
    event.preventDefault();
    this.focusField(field);
  }

  private focusFirstProblem(): void {
    afterNextRender(
      () => {
        const first = this.problems()[0];
        if (first) {
          this.focusField(first.field);
        }
      },
      { injector: this.injector },
    );
  }

  private focusField(field: string): void {
    const element = this.host.nativeElement.querySelector<HTMLElement>(`#${field}`);
    const target = element?.matches('input, textarea')
      ? element
      : element?.querySelector<HTMLElement>('input, textarea');
    target?.focus();
    (element ?? target)?.scrollIntoView({ block: 'center' });
  }
}
