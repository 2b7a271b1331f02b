import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PlacementDto, PlacementSiteDto, StudentDto } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage } from '../../core/api-error';
import { provideBritishDates } from '../../core/format/british-date-adapter';
import { toDay } from '../../core/format/calendar-day';
import { fieldError } from '../../core/forms/field-error';
import { notBefore } from '../date-range';
import { PlacementsApi } from '../placements-api';
import { SitePicker } from './site-picker';
import { StudentPicker } from './student-picker';

export interface CreatePlacementDialogData {
  /** Set when adding a placement from the student's own page. */
  student?: StudentDto;
}

export const YEARS_OF_STUDY = [1, 2, 3, 4, 5] as const;

/** Books a student onto a placement at a site; closes with the created placement. */
@Component({
  selector: 'pw-create-placement-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    MatButtonModule,
    StudentPicker,
    SitePicker,
  ],
  providers: [provideBritishDates()],
  templateUrl: './create-placement-dialog.html',
  styles: `
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 12px;
    }
    .student {
      margin: 0 0 16px;
    }
    @media (max-width: 479.98px) {
      .pair {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreatePlacementDialog {
  private readonly api = inject(PlacementsApi);
  private readonly dialogRef = inject<MatDialogRef<CreatePlacementDialog, PlacementDto>>(MatDialogRef);
  protected readonly data = inject<CreatePlacementDialogData>(MAT_DIALOG_DATA, { optional: true }) ?? {};

  protected readonly years = YEARS_OF_STUDY;
  protected readonly fieldError = fieldError;
  protected readonly form = new FormGroup({
    student: new FormControl<StudentDto | null>(this.data.student ?? null, Validators.required),
    site: new FormControl<PlacementSiteDto | null>(null, Validators.required),
    startsOn: new FormControl<Date | null>(null, Validators.required),
    endsOn: new FormControl<Date | null>(null, [
      Validators.required,
      notBefore('startsOn', 'The end date cannot be before the start date'),
    ]),
    yearOfStudy: new FormControl<number | null>(null, Validators.required),
    practiceEducator: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal('');

  constructor() {
    this.form.controls.startsOn.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endsOn.updateValueAndValidity());
  }

  protected submit(): void {
    this.error.set('');
    const { student, site, startsOn, endsOn, yearOfStudy, practiceEducator } = this.form.getRawValue();
    if (this.form.invalid || !student || !site || !startsOn || !endsOn || !yearOfStudy || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .create({
        studentId: student.id,
        siteId: site.id,
        startsOn: toDay(startsOn),
        endsOn: toDay(endsOn),
        yearOfStudy,
        practiceEducator: practiceEducator.trim() || null,
      })
      .subscribe({
        next: (placement) => this.dialogRef.close(placement),
        error: (error: unknown) => {
          this.saving.set(false);
          if (!applyApiFieldErrors(this.form, error, { studentId: 'student', siteId: 'site' })) {
            this.error.set(errorMessage(error));
          }
        },
      });
  }
}
