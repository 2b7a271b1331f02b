import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { ApplicantDto, Permission, WP_FIELDS } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage, hasErrorCode } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { ApplicantsApi } from '../applicants-api';
import {
  ApplicantFields,
  buildApplicantForm,
  changedFields,
  FIELD_ALIASES,
  fieldsFrom,
  formValueFrom,
  wpFormValueFrom,
} from '../form/applicant-form';
import { ApplicantFormFields, WideningParticipationMode } from '../form/applicant-form-fields';
import { focusFirstInvalidField } from '../form/focus-invalid';

/** Edits an applicant, sending only what changed and the version it started from. */
@Component({
  selector: 'pw-applicant-edit',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, ApplicantFormFields],
  templateUrl: './applicant-edit.html',
  styleUrl: '../form/applicant-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantEdit {
  /** The applicant's id, from the route. */
  readonly id = input.required<string>();

  private readonly api = inject(ApplicantsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly applicant = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly name = computed(() => {
    const applicant = this.applicant.hasValue() ? this.applicant.value() : undefined;
    return applicant ? `${applicant.firstName} ${applicant.lastName}` : '';
  });
  protected readonly form = buildApplicantForm();
  protected readonly wideningParticipation = signal<WideningParticipationMode>('none');
  protected readonly saving = signal(false);
  protected readonly revealing = signal(false);
  protected readonly error = signal('');
  protected readonly stale = signal(false);
  /** The answers as loaded, to send only what changed. */
  private initial: ApplicantFields | null = null;

  constructor() {
    effect(() => {
      if (this.applicant.hasValue()) {
        const applicant = this.applicant.value();
        untracked(() => this.fill(applicant));
      }
    });
  }

  private fill(applicant: ApplicantDto): void {
    this.form.reset();
    this.form.patchValue(formValueFrom(applicant));
    this.initial = fieldsFrom(this.form.getRawValue());
    this.wideningParticipation.set(this.auth.can(Permission.SpecialCategoryRead) ? 'locked' : 'none');
    this.stale.set(false);
    this.error.set('');
    this.title.setTitle(`Edit ${applicant.firstName} ${applicant.lastName} · ${PRODUCT_NAME}`);
  }

  /** Widening-participation details are fetched (and the read audited) only when someone asks to edit them. */
  protected revealWideningParticipation(): void {
    this.revealing.set(true);
    this.api.wideningParticipation(this.id()).subscribe({
      next: (details) => {
        this.revealing.set(false);
        this.form.patchValue(wpFormValueFrom(details));
        const loaded = fieldsFrom(this.form.getRawValue());
        if (this.initial) {
          for (const field of WP_FIELDS) {
            this.initial = { ...this.initial, [field]: loaded[field] };
          }
        }
        this.wideningParticipation.set('editable');
      },
      error: () => this.revealing.set(false),
    });
  }

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement, this.injector);
      return;
    }
    const applicant = this.applicant.hasValue() ? this.applicant.value() : undefined;
    if (!applicant || !this.initial || this.saving()) {
      return;
    }
    const changes = changedFields(
      this.initial,
      fieldsFrom(this.form.getRawValue()),
      this.wideningParticipation() === 'editable',
    );
    if (Object.keys(changes).length === 0) {
      void this.router.navigate(['/applicants', applicant.id]);
      return;
    }
    this.saving.set(true);
    this.api.update(applicant.id, { ...changes, version: applicant.version }).subscribe({
      next: (saved) => {
        this.snackBar.open('Changes saved', 'Dismiss', { duration: 4000 });
        void this.router.navigate(['/applicants', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (hasErrorCode(error, 'stale_version')) {
          this.stale.set(true);
        } else if (!applyApiFieldErrors(this.form, error, FIELD_ALIASES)) {
          this.error.set(errorMessage(error));
        } else {
          focusFirstInvalidField(this.host.nativeElement, this.injector);
        }
      },
    });
  }

  /** Drops this form's changes and shows the applicant as they are now. */
  protected reload(): void {
    this.applicant.reload();
  }
}
