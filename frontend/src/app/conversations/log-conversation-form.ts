import {
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
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  CHANNEL_LABELS,
  CHANNELS,
  ConversationDto,
  ConversationLoggedDto,
  SERIOUS_CRITERIA,
  SERIOUS_CRITERION_LABELS,
} from '@pathway/contracts';
import { assessConversation } from '@pathway/domain';
import { Observable } from 'rxjs';
import { applyApiFieldErrors, errorMessage } from '../core/api-error';
import { provideBritishDates } from '../core/format/british-date-adapter';
import { fieldError } from '../core/forms/field-error';
import { focusFirstInvalidField } from '../core/forms/focus-invalid-field';
import {
  buildConversationForm,
  conversationLoggedMessage,
  conversationFormValueFrom,
  conversationRequestFrom,
  CONVERSATION_FIELD_ALIASES,
  correctionRequestFrom,
  criteriaOf,
} from './conversation-form';
import { EventPicker } from '../events/picker/event-picker';
import { ConversationsApi } from './conversations-api';
import { SeriousnessIndicator } from './seriousness-indicator';

let nextFormId = 0;

/**
 * Logs one conversation with one person. The form has no buttons of its own: the page or dialog around it puts a
 * submit button wherever its actions go and points it at `formId`.
 */
@Component({
  selector: 'pw-log-conversation-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatIconModule,
    EventPicker,
    SeriousnessIndicator,
  ],
  providers: [provideBritishDates()],
  templateUrl: './log-conversation-form.html',
  styleUrl: './log-conversation-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogConversationForm {
  readonly applicantId = input.required<string>();
  /** They withdrew consent to contact: logging what they said is fine, but nobody should contact them. */
  readonly doNotContact = input(false);
  /** A conversation to correct instead of logging a new one. */
  readonly existing = input<ConversationDto | null>(null);
  readonly logged = output<ConversationLoggedDto>();

  /** For a submit button outside the form (`form="…"`). */
  readonly formId = `log-conversation-${nextFormId++}`;
  /** A conversation is on its way to the server. */
  readonly saving = signal(false);

  private readonly api = inject(ConversationsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = buildConversationForm();
  protected readonly controls = this.form.controls;
  protected readonly channels = CHANNELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly criteria = SERIOUS_CRITERIA;
  protected readonly criterionLabels = SERIOUS_CRITERION_LABELS;
  protected readonly fieldError = fieldError;
  protected readonly today = new Date();
  protected readonly error = signal('');

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly currentCriteria = computed(() => criteriaOf(this.value()));
  protected readonly nextStepShown = computed(() => this.currentCriteria().nextStepAgreed);
  /** Correcting a conversation that counts as serious, or would once corrected: the API needs a reason. */
  protected readonly reasonNeeded = computed(
    () =>
      !!this.existing() && (this.existing()?.serious === true || assessConversation(this.currentCriteria()).serious),
  );

  constructor() {
    effect(() => {
      const existing = this.existing();
      if (existing)
        untracked(() => this.form.reset({ ...this.form.getRawValue(), ...conversationFormValueFrom(existing) }));
    });
    effect(() => {
      const reason = this.controls.reason;
      reason.setValidators(
        this.reasonNeeded() ? [Validators.required, Validators.maxLength(500)] : Validators.maxLength(500),
      );
      untracked(() => reason.updateValueAndValidity());
    });
    // A time that was fine can become "in the future" when the day changes, and the other way round.
    this.controls.day.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.controls.time.updateValueAndValidity());
    // An agreed next step needs saying what it is.
    this.controls.nextStepAgreed.valueChanges.pipe(takeUntilDestroyed()).subscribe((agreed) => {
      const nextStep = this.controls.nextStep;
      if (agreed) {
        nextStep.addValidators(Validators.required);
      } else {
        nextStep.removeValidators(Validators.required);
      }
      nextStep.updateValueAndValidity();
    });
  }

  submit(): void {
    this.error.set('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    const existing = this.existing();
    const request: Observable<ConversationLoggedDto> = existing
      ? this.api.update(existing.id, correctionRequestFrom(this.form.getRawValue(), existing))
      : this.api.log(this.applicantId(), conversationRequestFrom(this.form.getRawValue()));
    request.subscribe({
      next: (result) => {
        this.saving.set(false);
        const done = existing ? 'Conversation corrected' : 'Conversation logged';
        this.snackBar.open(conversationLoggedMessage(result, new Date(), done), 'Dismiss', { duration: 6000 });
        this.logged.emit(result);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (applyApiFieldErrors(this.form, error, CONVERSATION_FIELD_ALIASES)) {
          focusFirstInvalidField(this.host.nativeElement, this.injector);
        } else {
          this.error.set(errorMessage(error));
        }
      },
    });
  }
}
