import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ApplicantSummaryDto,
  CONTACT_FOLLOW_UP_TYPES,
  FOLLOW_UP_TYPE_LABELS,
  FOLLOW_UP_TYPES,
  FollowUpDto,
  FollowUpType,
} from '@pathway/contracts';
import { debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { ApplicantsApi } from '../applicants/applicants-api';
import { combineDayAndTime, TIME_OF_DAY } from '../conversations/day-and-time';
import { apiErrorOf, applyApiFieldErrors, errorMessage } from '../core/api-error';
import { provideBritishDates } from '../core/format/british-date-adapter';
import { fieldError, matching } from '../core/forms/field-error';
import { FollowUpsApi } from './follow-ups-api';

export const NOTES_MAX_LENGTH = 2000;
const CHOOSE_SOMEONE = 'Choose someone from the list';

export interface PlanFollowUpDialogData {
  /** Planning for a known person (from their record); otherwise the dialog asks who. */
  applicant?: { id: string; name: string; doNotContact: boolean };
}

/** The person field holds the chosen applicant, or the text typed to find one. */
const chosenApplicant = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.trim() ? { invalid: CHOOSE_SOMEONE } : null;

/** Plans a follow-up: with whom, what kind, when, and notes. Contact kinds are off for someone who withdrew consent. */
@Component({
  selector: 'pw-plan-follow-up-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatAutocompleteModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  providers: [provideBritishDates()],
  templateUrl: './plan-follow-up-dialog.html',
  styleUrl: './follow-up-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanFollowUpDialog {
  protected readonly data = inject<PlanFollowUpDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<PlanFollowUpDialog, FollowUpDto>>(MatDialogRef);
  private readonly api = inject(FollowUpsApi);
  private readonly applicants = inject(ApplicantsApi);

  protected readonly title = this.data.applicant
    ? `Plan a follow-up with ${this.data.applicant.name}`
    : 'Plan a follow-up';
  protected readonly types = FOLLOW_UP_TYPES;
  protected readonly typeLabels = FOLLOW_UP_TYPE_LABELS;
  protected readonly fieldError = fieldError;
  protected readonly form = inject(NonNullableFormBuilder).group({
    applicant: [null as ApplicantSummaryDto | string | null, this.data.applicant ? [] : [Validators.required, chosenApplicant]],
    type: [(this.data.applicant?.doNotContact ? 'other' : 'call') as FollowUpType, Validators.required],
    day: [tomorrow() as Date | null, Validators.required],
    time: ['10:00', [Validators.required, matching(TIME_OF_DAY, 'Enter a time like 14:30')]],
    notes: ['', Validators.maxLength(NOTES_MAX_LENGTH)],
  });
  protected readonly controls = this.form.controls;
  protected readonly saving = signal(false);
  protected readonly error = signal('');

  /** People matching what is typed in the person field. */
  protected readonly matches = toSignal(
    this.controls.applicant.valueChanges.pipe(
      filter((value): value is string | null => typeof value === 'string' || value === null),
      map((value) => (value ?? '').trim()),
      debounceTime(300),
      distinctUntilChanged(),
      switchMap((search) =>
        search ? this.applicants.list({ search, pageSize: 10 }).pipe(map((page) => page.items)) : of([]),
      ),
    ),
    { initialValue: [] as ApplicantSummaryDto[] },
  );
  private readonly chosen = toSignal(
    this.controls.applicant.valueChanges.pipe(map((value) => (value && typeof value === 'object' ? value : null))),
    { initialValue: null },
  );
  /** The chosen person's record, for their consent. */
  private readonly chosenRecord = rxResource({
    params: () => this.chosen()?.id,
    stream: ({ params }) => this.applicants.get(params),
  });
  protected readonly doNotContact = computed(() =>
    this.data.applicant
      ? this.data.applicant.doNotContact
      : this.chosenRecord.hasValue() && this.chosenRecord.value().consent.withdrawnAt !== null,
  );

  constructor() {
    // Someone who withdrew consent may only get an "other" reminder.
    effect(() => {
      if (this.doNotContact() && CONTACT_FOLLOW_UP_TYPES.includes(this.controls.type.value)) {
        this.controls.type.setValue('other');
      }
    });
  }

  protected isContactType(type: FollowUpType): boolean {
    return CONTACT_FOLLOW_UP_TYPES.includes(type);
  }

  protected applicantName(value: ApplicantSummaryDto | string | null): string {
    return value && typeof value === 'object' ? `${value.firstName} ${value.lastName}` : (value ?? '');
  }

  protected submit(): void {
    this.error.set('');
    const value = this.form.getRawValue();
    const dueAt = combineDayAndTime(value.day, value.time);
    const applicantId = this.data.applicant?.id ?? (typeof value.applicant === 'object' ? value.applicant?.id : undefined);
    if (this.form.invalid || !dueAt || !applicantId) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    this.api
      .create({ applicantId, type: value.type, dueAt: dueAt.toISOString(), notes: value.notes.trim() || null })
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          this.saving.set(false);
          // A refused contact type has a field detail, but the API's sentence (they withdrew consent) says it best.
          if (apiErrorOf(error)?.code === 'do_not_contact') {
            this.error.set(errorMessage(error));
          } else if (!applyApiFieldErrors(this.form, error, { applicantId: 'applicant', dueAt: 'day' })) {
            this.error.set(errorMessage(error));
          }
        },
      });
  }
}

function tomorrow(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}
