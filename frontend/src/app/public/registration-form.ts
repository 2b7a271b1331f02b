import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { AGE_BAND_LABELS, AGE_BANDS, AUDIENCE_LABELS, AUDIENCES, PublicEventDto } from '@pathway/contracts';
import { apiErrorOf, applyApiFieldErrors, NETWORK_ERROR_MESSAGE } from '../core/api-error';
import { PrivacyNotice } from './privacy-notice';
import { PublicEventsApi } from './public-events-api';
import {
  askForGuardian,
  buildRegistrationForm,
  FieldProblem,
  problemsWith,
  problemWith,
  registrationRequestFrom,
} from './registration-request';

/** Why sign-up cannot go ahead, learned only when someone tries (another person took the last place meanwhile). */
export interface SignUpUnavailable {
  reason: 'closed' | 'full' | 'missing';
  message: string;
}

export const TOO_MANY_ATTEMPTS =
  'A lot of people are signing up from here right now. Please wait a minute, then press "Sign up" again.';
const SOMETHING_WRONG = 'Something went wrong and you are not signed up yet. Please try again in a moment.';

/**
 * The public sign-up form: plain, mobile-first, and honest about what happens to the details. The one choice list is
 * a native select: lighter to download than Material's, and the phone's own picker is easier to use.
 */
@Component({
  selector: 'pw-registration-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatCheckboxModule,
    MatButtonModule,
    PrivacyNotice,
  ],
  templateUrl: './registration-form.html',
  styleUrl: './registration-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistrationForm {
  readonly slug = input.required<string>();
  readonly event = input.required<PublicEventDto>();
  /** Signed up: carries the thank-you message. */
  readonly registered = output<string>();
  readonly unavailable = output<SignUpUnavailable>();

  private readonly api = inject(PublicEventsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = buildRegistrationForm();
  protected readonly audiences = AUDIENCES;
  protected readonly audienceLabels = AUDIENCE_LABELS;
  protected readonly ageBands = AGE_BANDS;
  protected readonly ageBandLabels = AGE_BAND_LABELS;
  protected readonly problemWith = problemWith;
  protected readonly ageBand = toSignal(this.form.controls.ageBand.valueChanges, { initialValue: null });
  protected readonly saving = signal(false);
  /** The problems listed at the top; shown once someone has tried to sign up. */
  protected readonly problems = signal<FieldProblem[]>([]);
  /** A problem with the whole attempt rather than one field (too many sign-ups, no connection). */
  protected readonly formError = signal('');
  private readonly attempted = signal(false);

  constructor() {
    this.form.controls.ageBand.valueChanges.pipe(takeUntilDestroyed()).subscribe((ageBand) => {
      askForGuardian(this.form, ageBand);
    });
    // Once the summary is showing, it follows the answers as they are corrected.
    this.form.statusChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.attempted()) {
        this.problems.set(problemsWith(this.form));
      }
    });
  }

  protected toggleProfession(code: string, change: MatCheckboxChange): void {
    const control = this.form.controls.professionsOfInterest;
    const others = control.value.filter((chosen) => chosen !== code);
    control.setValue(change.checked ? [...others, code] : others);
  }

  protected submit(): void {
    this.attempted.set(true);
    this.formError.set('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problems.set(problemsWith(this.form));
      this.focusFirstProblem();
      return;
    }
    if (this.saving()) {
      return;
    }
    this.problems.set([]);
    this.saving.set(true);
    this.api.register(this.slug(), registrationRequestFrom(this.form)).subscribe({
      next: (message) => this.registered.emit(message),
      error: (error: unknown) => {
        this.saving.set(false);
        this.explain(error);
      },
    });
  }

  private explain(error: unknown): void {
    const apiError = apiErrorOf(error);
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (apiError?.code === 'registration_closed' || apiError?.code === 'event_full') {
      this.unavailable.emit({ reason: apiError.code === 'event_full' ? 'full' : 'closed', message: apiError.message });
    } else if (status === 404) {
      this.unavailable.emit({ reason: 'missing', message: '' });
    } else if (status === 429) {
      this.formError.set(TOO_MANY_ATTEMPTS);
      this.focusSummary();
    } else if (status === 400 && applyApiFieldErrors(this.form, error)) {
      // The server's sentence (for example about under-13s) leads the summary; the fields say what to fix.
      this.formError.set(apiError?.message ?? '');
      this.problems.set(problemsWith(this.form));
      this.focusFirstProblem();
    } else {
      this.formError.set(status === 0 ? NETWORK_ERROR_MESSAGE : (apiError?.message ?? SOMETHING_WRONG));
      this.focusSummary();
    }
  }

  /** Moves to a field named in the summary (links would otherwise only scroll). */
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

  private focusSummary(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.error-summary')?.focus(), {
      injector: this.injector,
    });
  }

  private focusField(field: string): void {
    const element = this.host.nativeElement.querySelector<HTMLElement>(`#${field}`);
    const target = element && element.matches('input, select') ? element : element?.querySelector<HTMLElement>('input');
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }
}
