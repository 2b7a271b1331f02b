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
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { apiErrorOf } from '../core/api-error';
import { PublicSurveysApi } from './public-surveys-api';
import { SurveyForm, SurveyUnavailable } from './survey-form';

/** What the page shows instead of the questions. */
export type SurveyOutcome = { kind: 'thanks'; message: string } | { kind: SurveyUnavailable };

/** Which friendly page a failure to open the survey deserves; `null` for failures worth retrying. */
export function unavailableReason(error: unknown): SurveyUnavailable | null {
  const code = apiErrorOf(error)?.code;
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  if (code === 'already_submitted' || status === 409) {
    return 'answered';
  }
  if (code === 'link_expired' || status === 410) {
    return 'expired';
  }
  return status === 404 || status === 400 ? 'missing' : null;
}

/**
 * The page behind a placement-experience survey link, for students without an account. Built for a phone: no app
 * shell, one column, large touch targets, and a plain explanation of who will see the answers.
 */
@Component({
  selector: 'pw-survey-page',
  imports: [MatButtonModule, SurveyForm],
  templateUrl: './survey-page.html',
  styleUrl: './survey-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyPage {
  /** The link's single-use token, from the route. */
  readonly token = input.required<string>();

  private readonly api = inject(PublicSurveysApi);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly survey = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.survey(params),
  });
  protected readonly details = computed(() => (this.survey.hasValue() ? this.survey.value() : undefined));
  protected readonly outcome = signal<SurveyOutcome | null>(null);
  /** Why the link cannot be answered, learned on opening it or on sending. */
  protected readonly shown = computed<SurveyOutcome | null>(() => {
    const outcome = this.outcome();
    if (outcome) {
      return outcome;
    }
    const reason = unavailableReason(this.survey.error());
    return reason ? { kind: reason } : null;
  });
  protected readonly busy = computed(() => {
    const error = this.survey.error();
    return error instanceof HttpErrorResponse && error.status === 429;
  });

  constructor() {
    effect(() => {
      const survey = this.details();
      const shown = this.shown();
      this.title.setTitle(
        shown?.kind === 'thanks'
          ? 'Thank you'
          : survey
            ? `Placement feedback: ${survey.siteName}`
            : 'Placement feedback',
      );
    });
  }

  protected finished(outcome: SurveyOutcome): void {
    this.outcome.set(outcome);
    // The form goes away, and focus with it: move focus to the message that replaces it.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.message')?.focus(), {
      injector: this.injector,
    });
  }

  protected retry(): void {
    this.survey.reload();
  }
}
