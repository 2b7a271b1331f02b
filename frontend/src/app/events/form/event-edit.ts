import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { EventDto } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage, hasErrorCode } from '../../core/api-error';
import { focusFirstInvalidField, focusFormError } from '../../core/forms/focus-invalid-field';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { EventsApi } from '../events-api';
import {
  buildEventForm,
  changedEventFields,
  EVENT_FIELD_ALIASES,
  EventFields,
  eventFieldsFrom,
  eventFormValueFrom,
} from './event-form';
import { EventFormFields } from './event-form-fields';

/** Edits an event, sending only what changed and the version it started from. */
@Component({
  selector: 'pw-event-edit',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, EventFormFields],
  templateUrl: './event-edit.html',
  styleUrl: './event-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventEdit {
  /** The event's id, from the route. */
  readonly id = input.required<string>();

  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly event = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly eventTitle = computed(() => (this.event.hasValue() ? this.event.value().title : ''));
  protected readonly form = buildEventForm();
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly stale = signal(false);
  /** The answers as loaded, to send only what changed. */
  private initial: EventFields | null = null;

  constructor() {
    effect(() => {
      if (this.event.hasValue()) {
        const event = this.event.value();
        untracked(() => this.fill(event));
      }
    });
  }

  private fill(event: EventDto): void {
    this.form.reset();
    this.form.patchValue(eventFormValueFrom(event));
    this.initial = eventFieldsFrom(this.form.getRawValue());
    this.stale.set(false);
    this.error.set('');
    this.title.setTitle(`Edit ${event.title} · ${PRODUCT_NAME}`);
  }

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }
    const event = this.event.hasValue() ? this.event.value() : undefined;
    if (!event || !this.initial || this.saving()) {
      return;
    }
    const changes = changedEventFields(this.initial, eventFieldsFrom(this.form.getRawValue()));
    if (Object.keys(changes).length === 0) {
      void this.router.navigate(['/events', event.id]);
      return;
    }
    this.saving.set(true);
    this.api.update(event.id, { ...changes, version: event.version }).subscribe({
      next: (saved) => {
        this.snackBar.open('Changes saved', 'Dismiss', { duration: 4000 });
        void this.router.navigate(['/events', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (hasErrorCode(error, 'stale_version')) {
          this.stale.set(true);
          focusFormError(this.host.nativeElement, this.injector);
        } else if (applyApiFieldErrors(this.form, error, EVENT_FIELD_ALIASES)) {
          focusFirstInvalidField(this.host.nativeElement, this.injector);
        } else {
          this.error.set(errorMessage(error));
          focusFormError(this.host.nativeElement, this.injector);
        }
      },
    });
  }

  /** Drops this form's changes and shows the event as it is now. */
  protected reload(): void {
    this.event.reload();
  }
}
