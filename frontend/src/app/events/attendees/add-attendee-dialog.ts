import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import {
  ApplicantSummaryDto,
  Audience,
  AUDIENCE_LABELS,
  AUDIENCES,
  DuplicateCandidate,
  DuplicateReason,
} from '@pathway/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { ApplicantsApi } from '../../applicants/applicants-api';
import { apiErrorOf, applyApiFieldErrors, errorMessage, hasErrorCode } from '../../core/api-error';
import { fieldError, matching } from '../../core/forms/field-error';
import { StageChip } from '../../pipeline/stage-chip';
import { AddAttendee, EventsApi } from '../events-api';

export interface AddAttendeeDialogData {
  eventId: string;
  eventTitle: string;
}

const MATCHES: Record<DuplicateReason, string> = {
  email: 'same email',
  phone: 'same phone',
  name_and_date_of_birth: 'same name and date of birth',
};
const PHONE = /^[\d\s()+.-]{6,40}$/;

/** Adds someone already in Pathway, or a new person, to an event; closes with their applicant id. */
@Component({
  selector: 'pw-add-attendee-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatTabsModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    StageChip,
  ],
  templateUrl: './add-attendee-dialog.html',
  styleUrl: './add-attendee-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddAttendeeDialog {
  protected readonly data = inject<AddAttendeeDialogData>(MAT_DIALOG_DATA);
  private readonly events = inject(EventsApi);
  private readonly applicants = inject(ApplicantsApi);
  private readonly dialogRef = inject<MatDialogRef<AddAttendeeDialog, string>>(MatDialogRef);

  protected readonly audiences = AUDIENCES;
  protected readonly audienceLabels = AUDIENCE_LABELS;
  protected readonly fieldError = fieldError;
  /** 0: find someone already in Pathway; 1: add someone new. */
  protected readonly tab = signal(0);
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly candidates = signal<DuplicateCandidate[]>([]);

  protected readonly search = new FormControl<string | ApplicantSummaryDto>('', { nonNullable: true });
  protected readonly chosen = toSignal(
    this.search.valueChanges.pipe(map((value) => (typeof value === 'string' ? null : value))),
    { initialValue: null },
  );
  protected readonly options = toSignal(
    this.search.valueChanges.pipe(
      filter((value): value is string => typeof value === 'string'),
      map((value) => value.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((search) =>
        search.length < 2
          ? of([])
          : this.applicants.list({ search, pageSize: 10 }).pipe(
              map((page) => page.items),
              catchError(() => of([] as ApplicantSummaryDto[])),
            ),
      ),
    ),
    { initialValue: [] as ApplicantSummaryDto[] },
  );

  protected readonly person = inject(NonNullableFormBuilder).group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.email, Validators.maxLength(320)]],
    phone: ['', matching(PHONE, 'Enter a phone number using digits, spaces, + and brackets')],
    audience: [null as Audience | null],
    consentToContact: [false],
  });

  protected display = (value: string | ApplicantSummaryDto | null): string =>
    !value ? '' : typeof value === 'string' ? value : `${value.firstName} ${value.lastName}`;

  protected matchDescription(candidate: DuplicateCandidate): string {
    return candidate.matchedOn.map((reason) => MATCHES[reason] ?? reason).join(', ');
  }

  protected showTab(index: number): void {
    this.tab.set(index);
    this.error.set('');
  }

  /** A plain form, so that only the tab in view is checked (a form group would mark both as submitted). */
  protected submit(event: Event): void {
    event.preventDefault();
    this.error.set('');
    if (this.tab() === 0) {
      const chosen = this.chosen();
      if (chosen) {
        this.send({ applicantId: chosen.id });
      } else {
        this.error.set('Search for someone and choose them from the list.');
      }
      return;
    }
    if (this.person.invalid) {
      this.person.markAllAsTouched();
      return;
    }
    this.send({ applicant: this.newApplicant() });
  }

  /** Adds the existing person the duplicate check found, instead of creating someone new. */
  protected addExisting(candidate: DuplicateCandidate): void {
    this.send({ applicantId: candidate.id });
  }

  protected createAnyway(): void {
    this.send({ applicant: this.newApplicant(), allowDuplicate: true });
  }

  private newApplicant(): NonNullable<AddAttendee['applicant']> {
    const { firstName, lastName, email, phone, audience, consentToContact } = this.person.getRawValue();
    return {
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      ...(email.trim() ? { email: email.trim().toLowerCase() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(audience ? { audience } : {}),
      consentToContact,
    };
  }

  private send(request: AddAttendee): void {
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    this.events.addAttendee(this.data.eventId, request).subscribe({
      next: (applicantId) => this.dialogRef.close(applicantId),
      error: (error: unknown) => {
        this.saving.set(false);
        if (hasErrorCode(error, 'duplicate_applicant')) {
          this.candidates.set((apiErrorOf(error)?.candidates ?? []) as DuplicateCandidate[]);
        } else if (request.applicant && applyApiFieldErrors(this.person, error, fieldAliases)) {
          this.candidates.set([]);
        } else {
          this.error.set(errorMessage(error));
        }
      },
    });
  }
}

/** The API names the inline person's fields `applicant.firstName`…; the form's controls are named `firstName`. */
const fieldAliases: Record<string, string> = Object.fromEntries(
  ['firstName', 'lastName', 'email', 'phone', 'audience', 'consentToContact'].map((field) => [
    `applicant.${field}`,
    field,
  ]),
);
