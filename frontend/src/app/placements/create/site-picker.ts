import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { PlacementSiteDto } from '@pathway/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { PlacementsApi } from '../placements-api';
import { CreateSiteDialog, CreateSiteDialogData } from './create-site-dialog';

/** The option that opens "New placement site" with the typed name. */
interface AddChoice {
  add: string;
}

/** Picks the placement site by searching; a site that is not there yet can be added without leaving the form. */
@Component({
  selector: 'pw-site-picker',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatButtonModule,
  ],
  template: `
    <div class="row">
      <mat-form-field>
        <mat-label>Site</mat-label>
        <input
          matInput
          [formControl]="text"
          [matAutocomplete]="auto"
          [errorStateMatcher]="errorState"
          autocomplete="off"
          (blur)="control().markAsTouched()"
        />
        <mat-autocomplete
          #auto="matAutocomplete"
          [displayWith]="display"
          (optionSelected)="choose($event.option.value)"
        >
          @for (site of options(); track site.id) {
            <mat-option [value]="site">{{ site.name }}</mat-option>
          }
          @if (addChoice(); as choice) {
            <mat-option [value]="choice"><mat-icon>add</mat-icon>Add “{{ choice.add }}” as a new site</mat-option>
          }
        </mat-autocomplete>
        <mat-hint>Type to search</mat-hint>
        <mat-error>Choose a site from the list, or add it</mat-error>
      </mat-form-field>
      <button mat-stroked-button type="button" class="add" (click)="addSite('')">
        <mat-icon>add_business</mat-icon>
        Add site
      </button>
    </div>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 8px;
    }
    mat-form-field {
      flex: 1 1 240px;
    }
    .add {
      margin-top: 10px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SitePicker {
  readonly control = input.required<FormControl<PlacementSiteDto | null>>();
  private readonly api = inject(PlacementsApi);
  private readonly dialog = inject(MatDialog);
  protected readonly text = new FormControl<string | PlacementSiteDto | AddChoice>('', { nonNullable: true });
  protected readonly typed = toSignal(
    this.text.valueChanges.pipe(map((value) => (typeof value === 'string' ? value.trim() : ''))),
    { initialValue: '' },
  );
  protected readonly addChoice = computed<AddChoice | null>(() =>
    this.typed().length >= 2 ? { add: this.typed() } : null,
  );
  /** Sites matching what is typed; with nothing typed, the first few, so a short list can be picked from at once. */
  protected readonly options = toSignal(
    this.text.valueChanges.pipe(
      startWith(''),
      map((value) => (typeof value === 'string' ? value.trim() : null)),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((search) =>
        search === null
          ? of([])
          : this.api.sites({ ...(search ? { search } : {}), pageSize: 8 }).pipe(
              map((page) => page.items),
              catchError(() => of([])),
            ),
      ),
    ),
    { initialValue: [] as PlacementSiteDto[] },
  );
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => this.control().invalid && (this.control().touched || this.text.touched),
  };

  constructor() {
    effect((onCleanup) => {
      const control = this.control();
      const subscription = this.text.valueChanges.subscribe((value) => {
        if (typeof value === 'string' && control.value && control.value.name !== value) {
          control.setValue(null);
        }
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected display = (value: string | PlacementSiteDto | AddChoice | null): string =>
    !value ? '' : typeof value === 'string' ? value : 'add' in value ? value.add : value.name;

  protected choose(value: PlacementSiteDto | AddChoice): void {
    if ('add' in value) {
      this.addSite(value.add);
      return;
    }
    this.control().setValue(value);
    this.control().markAsDirty();
  }

  protected addSite(name: string): void {
    this.dialog
      .open<CreateSiteDialog, CreateSiteDialogData, PlacementSiteDto>(CreateSiteDialog, {
        width: '520px',
        maxWidth: '95vw',
        data: { name },
      })
      .afterClosed()
      .subscribe((site) => {
        if (site) {
          this.text.setValue(site, { emitEvent: false });
          this.control().setValue(site);
          this.control().markAsDirty();
        } else if (name) {
          this.text.setValue(name);
        }
      });
  }
}
