import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { StudentDetailDto, STUDY_ROUTE_LABELS, STUDY_ROUTES, StudyRoute } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage } from '../../core/api-error';
import { fieldError } from '../../core/forms/field-error';
import { ReferenceStore } from '../../reference/reference-store';
import { cohortYears } from '../cohorts';
import { StudentsApi } from '../students-api';

/** Adds a student who did not come through the pipeline; closes with the created student. */
@Component({
  selector: 'pw-create-student-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  templateUrl: './create-student-dialog.html',
  styles: `
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 12px;
    }
    @media (max-width: 479.98px) {
      .pair {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateStudentDialog {
  private readonly api = inject(StudentsApi);
  private readonly dialogRef = inject<MatDialogRef<CreateStudentDialog, StudentDetailDto>>(MatDialogRef);
  protected readonly reference = inject(ReferenceStore);

  protected readonly routes = STUDY_ROUTES;
  protected readonly routeLabels = STUDY_ROUTE_LABELS;
  protected readonly cohorts = cohortYears();
  protected readonly fieldError = fieldError;
  protected readonly form = inject(FormBuilder).group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.email, Validators.maxLength(320)]],
    profession: ['', Validators.required],
    route: ['bsc' as StudyRoute, Validators.required],
    cohort: [new Date().getFullYear(), Validators.required],
    educationProvider: ['', Validators.maxLength(200)],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal('');

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const value = this.form.getRawValue();
    this.api
      .create({
        firstName: value.firstName?.trim() ?? '',
        lastName: value.lastName?.trim() ?? '',
        email: value.email?.trim() || null,
        profession: value.profession ?? '',
        route: value.route ?? 'bsc',
        cohort: Number(value.cohort),
        educationProvider: value.educationProvider?.trim() || null,
      })
      .subscribe({
        next: (student) => this.dialogRef.close(student),
        error: (error: unknown) => {
          this.saving.set(false);
          if (!applyApiFieldErrors(this.form, error)) {
            this.error.set(errorMessage(error));
          }
        },
      });
  }
}
