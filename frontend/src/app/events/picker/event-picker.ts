import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, ValidatorFn } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { EventDto } from '@pathway/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';
import { DatePipe } from '@angular/common';
import { fieldError } from '../../core/forms/field-error';
import { EventsApi } from '../events-api';

/** An event as a form value: enough to show it and to follow its campaign. */
export interface EventChoice {
  id: string;
  title: string;
  startsAt: string | null;
  campaignId: string | null;
}

export const eventChoice = (event: EventDto): EventChoice => ({
  id: event.id,
  title: event.title,
  startsAt: event.startsAt,
  campaignId: event.campaignId,
});

const isChoice = (value: unknown): value is EventChoice => typeof value === 'object' && value !== null && 'id' in value;
const UNRESOLVED = 'Choose an event from the list, or clear the field';

/** Finds an event by its title (newest first); optional, so an empty field is fine but typed text must become an event. */
@Component({
  selector: 'pw-event-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule, MatIconModule, DatePipe],
  template: `
    <mat-form-field class="event-field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="errorState"
        autocomplete="off"
        (blur)="control().markAsTouched()"
      />
      <mat-icon matSuffix aria-hidden="true">event</mat-icon>
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="choose($event.option.value)">
        @for (event of options(); track event.id) {
          <mat-option [value]="event">
            {{ event.title }} <span class="when">· {{ event.startsAt | date: 'd MMM y' }}</span>
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint>Type part of the title</mat-hint>
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .event-field {
      width: 100%;
    }
    .when {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventPicker {
  readonly control = input.required<FormControl<EventChoice | null>>();
  readonly label = input('Event');

  private readonly api = inject(EventsApi);
  protected readonly text = new FormControl<string | EventChoice>('', { nonNullable: true });
  protected readonly options = toSignal(
    this.text.valueChanges.pipe(
      filter((value): value is string => typeof value === 'string'),
      map((value) => value.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((search) =>
        search.length < 2
          ? of([])
          : this.api.list({ search, pageSize: 8 }).pipe(
              map((page) => page.items.map(eventChoice)),
              catchError(() => of([] as EventChoice[])),
            ),
      ),
    ),
    { initialValue: [] as EventChoice[] },
  );

  private readonly unresolved: ValidatorFn = (control) =>
    control.value === null && typeof this.text.value === 'string' && this.text.value.trim() !== ''
      ? { invalid: UNRESOLVED }
      : null;
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => this.control().invalid && (this.control().touched || this.text.touched),
  };

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const control = this.control();
      control.addValidators(this.unresolved);
      const subscription = control.events.pipe(startWith(null)).subscribe(() => {
        // Show the event when the form is filled in from elsewhere (editing, "Reload").
        const event = control.value;
        if (event && this.text.value !== event) this.text.setValue(event, { emitEvent: false });
        else if (!event && isChoice(this.text.value)) this.text.setValue('', { emitEvent: false });
        changeDetector.markForCheck();
      });
      onCleanup(() => {
        control.removeValidators(this.unresolved);
        subscription.unsubscribe();
      });
    });
    this.text.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((value) => {
      const control = this.control();
      if (typeof value === 'string' && control.value) {
        control.setValue(null);
        control.markAsDirty();
      } else {
        control.updateValueAndValidity();
      }
    });
  }

  protected display = (value: string | EventChoice | null): string =>
    !value ? '' : typeof value === 'string' ? value : value.title;

  protected choose(event: EventChoice): void {
    this.control().setValue(event);
    this.control().markAsDirty();
  }

  protected error(): string {
    return fieldError(this.control(), this.label());
  }
}
