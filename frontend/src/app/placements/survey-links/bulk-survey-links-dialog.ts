import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ClipboardModule } from '@angular/cdk/clipboard';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { BulkInvitationResponse } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage } from '../../core/api-error';
import { provideBritishDates } from '../../core/format/british-date-adapter';
import { toDay } from '../../core/format/calendar-day';
import { fieldError } from '../../core/forms/field-error';
import { notBefore } from '../date-range';
import { ENDING_SOON_DAYS } from '../list/placement-filters';
import { PlacementsApi } from '../placements-api';
import { SurveyLink } from './survey-link';

const today = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
};
const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** "3 links ready to send. 1 placement was already answered and left alone. 2 already had a link…" */
export function bulkSummary({ invited, alreadyAnswered, alreadyInvited }: BulkInvitationResponse): string {
  const links = invited.length
    ? `${invited.length === 1 ? '1 link' : `${invited.length} links`} ready to send.`
    : alreadyInvited
      ? 'No new links needed.'
      : 'No unanswered placements end in those dates.';
  const answered = alreadyAnswered
    ? ` ${alreadyAnswered === 1 ? '1 placement was' : `${alreadyAnswered} placements were`} already answered and left alone.`
    : '';
  const open = alreadyInvited
    ? ` ${alreadyInvited === 1 ? '1 placement already had a link' : `${alreadyInvited} placements already had links`} still open, kept as they were.`
    : '';
  return links + answered + open;
}

/** Survey links for every unanswered placement ending in a date range, each to copy and pass on. */
@Component({
  selector: 'pw-bulk-survey-links-dialog',
  imports: [
    ReactiveFormsModule,
    ClipboardModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatDatepickerModule,
    MatButtonModule,
    MatIconModule,
    MatCheckboxModule,
    SurveyLink,
  ],
  providers: [provideBritishDates()],
  templateUrl: './bulk-survey-links-dialog.html',
  styleUrl: './bulk-survey-links-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkSurveyLinksDialog {
  private readonly api = inject(PlacementsApi);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly fieldError = fieldError;
  protected readonly form = inject(NonNullableFormBuilder).group({
    endsFrom: [today() as Date | null, Validators.required],
    endsTo: [
      addDays(today(), ENDING_SOON_DAYS) as Date | null,
      [Validators.required, notBefore('endsFrom', 'The last day cannot be before the first')],
    ],
    validDays: [28, [Validators.required, Validators.min(1), Validators.max(90)]],
    reissue: [false],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly result = signal<BulkInvitationResponse | null>(null);
  protected readonly summary = computed(() => {
    const result = this.result();
    return result ? bulkSummary(result) : '';
  });
  /** Every link with whom it is for, one a line, to paste into a message or a spreadsheet. */
  protected readonly allLinks = computed(
    () =>
      this.result()
        ?.invited.map((link) => `${link.studentName} (${link.siteName}): ${link.url}`)
        .join('\n') ?? '',
  );

  constructor() {
    this.form.controls.endsFrom.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endsTo.updateValueAndValidity());
  }

  protected submit(): void {
    this.error.set('');
    const { endsFrom, endsTo, validDays, reissue } = this.form.getRawValue();
    if (this.form.invalid || !endsFrom || !endsTo || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .inviteEnding({ endsFrom: toDay(endsFrom), endsTo: toDay(endsTo), validDays: Number(validDays), reissue })
      .subscribe({
        next: (result) => {
          this.saving.set(false);
          this.result.set(result);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          if (!applyApiFieldErrors(this.form, error)) {
            this.error.set(errorMessage(error));
          }
        },
      });
  }

  protected copiedAll(success: boolean): void {
    this.snackBar.open(success ? 'All links copied' : 'The links could not be copied.', 'Dismiss', { duration: 4000 });
  }
}
