import { ChangeDetectionStrategy, ChangeDetectorRef, Component, computed, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, ValidatorFn } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, OrganisationDto, OrganisationKind, Region } from '@pathway/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';
import { errorMessage } from '../../core/api-error';
import { fieldError } from '../../core/forms/field-error';
import { OrganisationsApi } from '../../organisations/organisations-api';

/** The autocomplete option that adds the typed name as a new organisation. */
interface AddChoice {
  add: string;
}

const LABEL = 'School or college';

function isOrganisation(value: unknown): value is OrganisationDto {
  return typeof value === 'object' && value !== null && 'id' in value;
}
const UNRESOLVED = 'Choose a school or college from the list, or add it';

/**
 * Picks the applicant's school or college by searching organisations; when it is not there yet, "Add “…”" creates
 * it on the spot (with its kind), so an officer at an event never has to leave the form.
 */
@Component({
  selector: 'pw-organisation-field',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
  ],
  templateUrl: './organisation-field.html',
  styleUrl: './organisation-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationField {
  readonly control = input.required<FormControl<OrganisationDto | null>>();
  /** The applicant's region, suggested for a new organisation. */
  readonly regionControl = input<FormControl<Region | null> | null>(null);

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
    // While a new organisation's kind is being chosen, the panel below says what to do.
    isErrorState: () => !this.adding() && this.control().invalid && (this.control().touched || this.text.touched),
  };

  constructor() {
    const destroyRef = inject(DestroyRef);
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const control = this.control();
      control.addValidators(this.unresolved);
      const subscription = control.events.pipe(startWith(null)).subscribe(() => {
        // Show the organisation when the form is filled in from elsewhere (editing, "Reload").
        const organisation = control.value;
        if (organisation && this.text.value !== organisation) {
          this.text.setValue(organisation, { emitEvent: false });
        } else if (!organisation && isOrganisation(this.text.value)) {
          this.text.setValue('', { emitEvent: false });
        }
        // Errors and "touched" can come from outside (the API's field errors, a submit): show them.
        changeDetector.markForCheck();
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
      this.kind.setValue(/college/i.test(value.add) ? 'college' : 'school');
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
    this.api.create({ name, kind: this.kind.value, region: this.regionControl()?.value ?? null }).subscribe({
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
