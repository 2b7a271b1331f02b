import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { StudentDto } from '@pathway/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { ReferenceStore } from '../../reference/reference-store';
import { StudentsApi } from '../../students/students-api';

const studentName = (student: StudentDto) => `${student.firstName} ${student.lastName}`;

/** Finds the student for a placement by typing part of their name or email. */
@Component({
  selector: 'pw-student-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule, MatIconModule],
  template: `
    <mat-form-field>
      <mat-label>Student</mat-label>
      <input
        matInput
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="errorState"
        autocomplete="off"
        (blur)="control().markAsTouched()"
      />
      <mat-icon matSuffix aria-hidden="true">search</mat-icon>
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="choose($event.option.value)">
        @for (student of options(); track student.id) {
          <mat-option [value]="student">
            {{ name(student) }}
            <span class="detail">· {{ reference.professionName(student.profession) }}, {{ student.cohort }}</span>
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint>Type a name or email to search</mat-hint>
      <mat-error>Choose a student from the list</mat-error>
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    .detail {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StudentPicker {
  readonly control = input.required<FormControl<StudentDto | null>>();
  private readonly api = inject(StudentsApi);
  protected readonly reference = inject(ReferenceStore);
  protected readonly name = studentName;
  protected readonly text = new FormControl<string | StudentDto>('', { nonNullable: true });
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
    { initialValue: [] as StudentDto[] },
  );
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => this.control().invalid && (this.control().touched || this.text.touched),
  };

  constructor() {
    // Typing again after choosing someone un-chooses them, so that the form never keeps a name it does not show.
    effect((onCleanup) => {
      const control = this.control();
      const subscription = this.text.valueChanges.subscribe((value) => {
        if (typeof value === 'string' && control.value && studentName(control.value) !== value) {
          control.setValue(null);
        }
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected display = (value: string | StudentDto | null): string =>
    !value ? '' : typeof value === 'string' ? value : studentName(value);

  protected choose(student: StudentDto): void {
    this.control().setValue(student);
    this.control().markAsDirty();
  }
}
