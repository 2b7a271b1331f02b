import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, ValidatorFn } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  OrganisationDto,
  OrganisationKind,
  Region,
} from '@pathway/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';
import { errorMessage } from '../../core/api-error';
import { fieldError } from '../../core/forms/field-error';
import { OrganisationsApi } from '../../organisations/organisations-api';

/** The autocomplete option that adds the typed name as a new organisation. */
interface AddChoice {
  add: string;
}

const LABEL = 'Host organisation';
const UNRESOLVED = 'Choose the host from the list, or add it';

/** A first guess at what kind of place a new host is, from its name; the officer can change it. */
export function guessKind(name: string): OrganisationKind {
  if (/college/i.test(name)) return 'college';
  if (/universit/i.test(name)) return 'university';
  if (/surgery|medical|health cent|practice/i.test(name)) return 'gp_surgery';
  if (/trust|hospital|nhs/i.test(name)) return 'nhs_trust';
  if (/school|academy/i.test(name)) return 'school';
  return 'other';
}

/**
 * Picks the school, college, surgery or trust hosting an event by searching organisations; when it is not there
 * yet, "Add “…”" creates it on the spot with its kind, so the event form never has to be left.
 */
@Component({
  selector: 'pw-host-organisation-field',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
  ],
  templateUrl: './host-organisation-field.html',
  styleUrl: './host-organisation-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostOrganisationField {
  readonly control = input.required<FormControl<OrganisationDto | null>>();
  /** The event's region, given to a new organisation. */
  readonly region = input<Region | null>(null);

  private readonly api = inject(OrganisationsApi);
  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly kindLabels = ORGANISATION_KIND_LABELS;
  protected readonly label = LABEL;
  protected readonly text = new FormControl<string | OrganisationDto | AddChoice>('', { nonNullable: true });
  protected readonly kind = new FormControl<OrganisationKind>('school', { nonNullable: true });
  /** The name being added, while its kind is chosen. */
  protected readonly adding = signal<string | null>(null);
  protected readonly addError = signal('');
  protected readonly saving = signal(false);

  private readonly typed = toSignal(
    this.text.valueChanges.pipe(map((value) => (typeof value === 'string' ? value.trim() : ''))),
    { initialValue: '' },
  );
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
              map((page) => page.items),
              catchError(() => of([])),
            ),
      ),
    ),
    { initialValue: [] as OrganisationDto[] },
  );
  protected readonly addChoice = computed<AddChoice | null>(() => {
    const name = this.typed();
    const known = this.options().some((option) => option.name.toLowerCase() === name.toLowerCase());
    return name.length >= 2 && !known ? { add: name } : null;
  });

  /** Typed text that was never turned into an organisation makes the field invalid. */
  private readonly unresolved: ValidatorFn = (control) =>
    control.value === null &&
    (this.adding() !== null || (typeof this.text.value === 'string' && this.text.value.trim() !== ''))
      ? { invalid: UNRESOLVED }
      : null;
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => this.control().invalid && (this.control().touched || this.text.touched),
  };

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect((onCleanup) => {
      const control = this.control();
      control.addValidators(this.unresolved);
      // Show the host when the form is filled in from elsewhere (editing, "Reload").
      const subscription = control.valueChanges.pipe(startWith(control.value)).subscribe((organisation) => {
        if (organisation && this.text.value !== organisation) {
          this.text.setValue(organisation, { emitEvent: false });
        } else if (!organisation && typeof this.text.value !== 'string') {
          this.text.setValue('', { emitEvent: false });
        }
      });
      onCleanup(() => {
        control.removeValidators(this.unresolved);
        subscription.unsubscribe();
      });
    });

    this.text.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((value) => {
      const control = this.control();
      if (typeof value === 'string' && control.value && control.value.name !== value) {
        control.setValue(null);
        control.markAsDirty();
      } else {
        control.updateValueAndValidity();
      }
    });
  }

  protected display = (value: string | OrganisationDto | AddChoice | null): string =>
    !value ? '' : typeof value === 'string' ? value : 'add' in value ? value.add : value.name;

  protected choose(value: OrganisationDto | AddChoice): void {
    if ('add' in value) {
      this.adding.set(value.add);
      this.addError.set('');
      this.kind.setValue(guessKind(value.add));
      this.control().updateValueAndValidity();
      return;
    }
    this.adding.set(null);
    this.control().setValue(value);
    this.control().markAsDirty();
  }

  protected add(): void {
    const name = this.adding();
    if (!name || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.api.create({ name, kind: this.kind.value, region: this.region() }).subscribe({
      next: (organisation) => {
        this.saving.set(false);
        this.adding.set(null);
        this.text.setValue(organisation, { emitEvent: false });
        this.control().setValue(organisation);
        this.control().markAsDirty();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.addError.set(errorMessage(error));
      },
    });
  }

  protected cancelAdd(): void {
    const name = this.adding();
    this.adding.set(null);
    this.text.setValue(name ?? '');
  }

  protected fieldError(): string {
    return fieldError(this.control(), LABEL);
  }
}
