import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal, afterNextRender } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { DuplicateCandidate, Permission } from '@pathway/contracts';
import { apiErrorOf, applyApiFieldErrors, errorMessage } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { ApplicantsApi } from '../applicants-api';
import { buildApplicantForm, createRequestFrom, FIELD_ALIASES } from '../form/applicant-form';
import { ApplicantFormFields } from '../form/applicant-form-fields';
import { focusFirstInvalidField } from '../form/focus-invalid';
import { DuplicateWarning } from './duplicate-warning';

/** Adds an applicant. A likely duplicate is shown before anything is created, with the choice to create anyway. */
@Component({
  selector: 'pw-applicant-create',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatIconModule, ApplicantFormFields, DuplicateWarning],
  templateUrl: './applicant-create.html',
  styleUrl: '../form/applicant-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantCreate {
  private readonly api = inject(ApplicantsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = buildApplicantForm();
  protected readonly wideningParticipation = computed(() =>
    this.auth.can(Permission.SpecialCategoryRead) ? 'editable' : 'none',
  );
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly duplicates = signal<DuplicateCandidate[]>([]);

  constructor() {
    const user = this.auth.user();
    this.form.patchValue({
      firstContactAt: new Date(),
      // Officers mostly add the people they meet themselves.
      ownerId: user?.role === 'officer' ? user.id : null,
    });
  }

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
    const request = createRequestFrom(this.form.getRawValue(), this.wideningParticipation() === 'editable');
    this.api.create(allowDuplicate ? { ...request, allowDuplicate } : request).subscribe({
      next: (applicant) => {
        this.snackBar.open('Applicant added', 'Dismiss', { duration: 4000 });
        void this.router.navigate(['/applicants', applicant.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = apiErrorOf(error);
        if (apiError?.code === 'duplicate_applicant') {
          this.duplicates.set((apiError.candidates ?? []) as DuplicateCandidate[]);
          this.showWarning();
        } else if (!applyApiFieldErrors(this.form, error, FIELD_ALIASES)) {
          this.error.set(errorMessage(error));
        } else {
          focusFirstInvalidField(this.host.nativeElement, this.injector);
        }
      },
    });
  }

  private showWarning(): void {
    afterNextRender(
      () => {
        const warning = this.host.nativeElement.querySelector<HTMLElement>('pw-duplicate-warning [role="alert"]');
        warning?.scrollIntoView({ block: 'start', behavior: 'smooth' });
        warning?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
