import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { CreateApplicantRequest, DuplicateCandidate, PRIVACY_NOTICE_VERSION } from '@pathway/contracts';
import { ApplicantsApi } from '../../applicants/applicants-api';
import { apiErrorOf, applyApiFieldErrors, errorMessage } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { fieldError, matching } from '../../core/forms/field-error';
import { focusFirstInvalidField } from '../../core/forms/focus-invalid-field';
import { StageChip } from '../../pipeline/stage-chip';
import { personFrom, PickedPerson } from './picked-person';

const NAME_MAX_LENGTH = 100;
const PHONE = /^[\d\s()+.-]{6,40}$/;

/**
 * Adds someone new with just the details an officer can take down in a hall. When the API finds likely matches, they
 * are offered first ("Use this person"), with the choice to add a new record anyway.
 */
@Component({
  selector: 'pw-new-person-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    StageChip,
  ],
  templateUrl: './new-person-form.html',
  styleUrl: './new-person-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPersonForm {
  /** The person to log with: newly added, or an existing match chosen instead. */
  readonly picked = output<PickedPerson>();
  readonly cancelled = output();

  private readonly api = inject(ApplicantsApi);
  private readonly auth = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    firstName: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    lastName: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    email: ['', [Validators.email, Validators.maxLength(320)]],
    phone: ['', matching(PHONE, 'Enter a phone number using digits, spaces, + and brackets')],
    consentToContact: [false],
  });
  protected readonly controls = this.form.controls;
  protected readonly fieldError = fieldError;
  protected readonly privacyNoticeVersion = PRIVACY_NOTICE_VERSION;
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly duplicates = signal<DuplicateCandidate[]>([]);
  protected readonly toPerson = personFrom;

  protected submit(allowDuplicate = false): void {
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
    this.api.create(this.request(allowDuplicate)).subscribe({
      next: (applicant) => this.picked.emit(personFrom(applicant)),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = apiErrorOf(error);
        if (apiError?.code === 'duplicate_applicant') {
          this.duplicates.set((apiError.candidates ?? []) as DuplicateCandidate[]);
        } else if (!applyApiFieldErrors(this.form, error)) {
          this.error.set(errorMessage(error));
        }
      },
    });
  }

  private request(allowDuplicate: boolean): CreateApplicantRequest {
    const { firstName, lastName, email, phone, consentToContact } = this.form.getRawValue();
    const user = this.auth.user();
    return {
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      email: email.trim() || null,
      phone: phone.trim() || null,
      consentToContact,
      firstContactAt: new Date().toISOString(),
      // Officers own the people they meet; anyone else leaves it for a manager to assign.
      ownerId: user?.role === 'officer' ? user.id : null,
      ...(allowDuplicate ? { allowDuplicate } : {}),
    };
  }
}
