import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { applyApiFieldErrors, errorMessage } from '../../core/api-error';
import { focusFirstInvalidField, focusFormError } from '../../core/forms/focus-invalid-field';
import { EventsApi } from '../events-api';
import { buildEventForm, createEventRequestFrom, EVENT_FIELD_ALIASES } from './event-form';
import { EventFormFields } from './event-form-fields';

/** Plans a new event; it gets its public sign-up link straight away. */
@Component({
  selector: 'pw-event-create',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatIconModule, EventFormFields],
  templateUrl: './event-create.html',
  styleUrl: './event-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventCreate {
  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = buildEventForm();
  protected readonly saving = signal(false);
  protected readonly error = signal('');

  protected submit(): void {
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
    this.api.create(createEventRequestFrom(this.form.getRawValue())).subscribe({
      next: (event) => {
        this.snackBar.open('Event created', 'Dismiss', { duration: 4000 });
        void this.router.navigate(['/events', event.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (applyApiFieldErrors(this.form, error, EVENT_FIELD_ALIASES)) {
          focusFirstInvalidField(this.host.nativeElement, this.injector);
        } else {
          this.error.set(errorMessage(error));
          focusFormError(this.host.nativeElement, this.injector);
        }
      },
    });
  }
}
