import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CONCERN_STATUSES,
  CONCERN_TIER_LABELS,
  CONCERN_TIERS,
  ConcernDto,
  ConcernStatus,
  ConcernTier,
  DirectoryUserDto,
  ROLE_LABELS,
  UpdateConcernRequest,
} from '@pathway/contracts';
import { catchError, of } from 'rxjs';
import { applyApiFieldErrors, errorMessage, hasErrorCode } from '../../core/api-error';
import { provideBritishDates } from '../../core/format/british-date-adapter';
import { toDay } from '../../core/format/calendar-day';
import { fieldError } from '../../core/forms/field-error';
import { ReferenceApi } from '../../reference/reference-api';
import { FeedbackApi } from '../feedback-api';
import { CONCERN_STATUS_LABELS } from './concern-filters';

/** A concern dialog closes with the saved concern, or `'reload'` when the one it showed was stale. */
export type ConcernDialogResult = ConcernDto | 'reload' | undefined;

const resolutionWhenResolved: ValidatorFn = (control) =>
  control.parent?.get('status')?.value === 'resolved' && !String(control.value ?? '').trim()
    ? { invalid: 'Say how the concern was resolved' }
    : null;

/** A concern is due by the end of the chosen day, in the coordinator's time zone. */
export function endOfDay(day: Date): string {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59).toISOString();
}

/** The changes worth sending: only what differs from the concern as loaded, with its version. */
export function concernChanges(
  concern: ConcernDto,
  value: {
    tier: ConcernTier;
    status: ConcernStatus;
    ownerId: string;
    due: Date | null;
    resolution: string;
    youSaidWeDid: string;
  },
): UpdateConcernRequest {
  const changes: UpdateConcernRequest = { version: concern.version };
  if (value.tier !== concern.tier) changes.tier = value.tier;
  if (value.status !== concern.status) changes.status = value.status;
  if ((value.ownerId || null) !== concern.ownerId) changes.ownerId = value.ownerId || null;
  if (value.due && toDay(value.due) !== toDay(new Date(concern.dueAt))) changes.dueAt = endOfDay(value.due);
  if ((value.resolution.trim() || null) !== concern.resolution) changes.resolution = value.resolution.trim() || null;
  if ((value.youSaidWeDid.trim() || null) !== concern.youSaidWeDid)
    changes.youSaidWeDid = value.youSaidWeDid.trim() || null;
  return changes;
}

/** Triage and follow-up of one concern: tier, owner, due date, status, resolution and "You said, we did". */
@Component({
  selector: 'pw-concern-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    MatButtonModule,
  ],
  providers: [provideBritishDates()],
  templateUrl: './concern-dialog.html',
  styles: `
    .concern {
      margin: 0 0 16px;
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      font-style: italic;
    }
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
export class ConcernDialog {
  protected readonly concern = inject<ConcernDto>(MAT_DIALOG_DATA);
  private readonly api = inject(FeedbackApi);
  private readonly dialogRef = inject<MatDialogRef<ConcernDialog, ConcernDialogResult>>(MatDialogRef);

  protected readonly tiers = CONCERN_TIERS;
  protected readonly tierLabels = CONCERN_TIER_LABELS;
  protected readonly statuses = CONCERN_STATUSES;
  protected readonly statusLabels = CONCERN_STATUS_LABELS;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly fieldError = fieldError;
  protected readonly owners = toSignal(
    inject(ReferenceApi)
      .directory()
      .pipe(catchError(() => of([] as DirectoryUserDto[]))),
    {
      initialValue: [] as DirectoryUserDto[],
    },
  );
  protected readonly form = new FormGroup({
    tier: new FormControl<ConcernTier>(this.concern.tier, { nonNullable: true }),
    status: new FormControl<ConcernStatus>(this.concern.status, { nonNullable: true }),
    // '' stands for nobody: Material treats a null option as "clear the selection" and would show an empty field.
    ownerId: new FormControl<string>(this.concern.ownerId ?? '', { nonNullable: true }),
    due: new FormControl<Date | null>(new Date(this.concern.dueAt), Validators.required),
    resolution: new FormControl(this.concern.resolution ?? '', {
      nonNullable: true,
      validators: [resolutionWhenResolved, Validators.maxLength(4000)],
    }),
    youSaidWeDid: new FormControl(this.concern.youSaidWeDid ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(4000),
    }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly stale = signal(false);

  constructor() {
    this.form.controls.status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.resolution.updateValueAndValidity());
  }

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const changes = concernChanges(this.concern, this.form.getRawValue());
    if (Object.keys(changes).length === 1) {
      this.dialogRef.close();
      return;
    }
    this.saving.set(true);
    this.api.updateConcern(this.concern.id, changes).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        this.stale.set(hasErrorCode(error, 'stale_version'));
        if (!applyApiFieldErrors(this.form, error, { dueAt: 'due' })) {
          this.error.set(errorMessage(error));
        }
      },
    });
  }

  protected reload(): void {
    this.dialogRef.close('reload');
  }
}
