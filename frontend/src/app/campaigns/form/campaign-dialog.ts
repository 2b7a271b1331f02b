import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { CampaignDetailDto, CampaignDto } from '@pathway/contracts';
import { Observable } from 'rxjs';
import { applyApiFieldErrors, errorMessage, hasErrorCode } from '../../core/api-error';
import { provideBritishDates } from '../../core/format/british-date-adapter';
import { fieldError } from '../../core/forms/field-error';
import { CampaignsApi } from '../campaigns-api';
import { TARGET_KEYS, TARGET_LABELS } from '../campaign-progress';
import {
  buildCampaignForm,
  campaignFormValueFrom,
  changedCampaignFields,
  createCampaignRequestFrom,
} from './campaign-form';

/** A saved campaign, or `'reload'` when the one being edited had changed meanwhile. */
export type CampaignDialogResult = CampaignDetailDto | 'reload';

/** Creates a campaign, or edits one (given as data) with its version; closes with the saved campaign. */
@Component({
  selector: 'pw-campaign-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatDatepickerModule,
    MatButtonModule,
    MatIconModule,
  ],
  providers: [provideBritishDates()],
  templateUrl: './campaign-dialog.html',
  styleUrl: './campaign-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignDialog {
  private readonly api = inject(CampaignsApi);
  private readonly dialogRef = inject<MatDialogRef<CampaignDialog, CampaignDialogResult>>(MatDialogRef);
  /** The campaign being edited; `null` for a new one. */
  protected readonly campaign = inject<CampaignDto | null>(MAT_DIALOG_DATA);

  protected readonly form = buildCampaignForm();
  protected readonly targetKeys = TARGET_KEYS;
  protected readonly targetLabels = TARGET_LABELS;
  protected readonly fieldError = fieldError;
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly stale = signal(false);
  protected readonly endMatcher: ErrorStateMatcher = {
    isErrorState: (control: AbstractControl | null) =>
      !!control && control.touched && (control.invalid || this.form.hasError('endsBeforeStart')),
  };

  constructor() {
    if (this.campaign) {
      this.form.setValue(campaignFormValueFrom(this.campaign));
    }
  }

  protected endError(): string {
    const control = this.form.controls.endsOn;
    return control.invalid ? fieldError(control, 'End date') : (this.form.getError('endsBeforeStart') ?? '');
  }

  protected submit(): void {
    this.error.set('');
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    let request: Observable<CampaignDetailDto>;
    if (this.campaign) {
      const changes = changedCampaignFields(this.campaign, value);
      if (Object.keys(changes).length === 0) {
        this.dialogRef.close();
        return;
      }
      request = this.api.update(this.campaign.id, { ...changes, version: this.campaign.version });
    } else {
      request = this.api.create(createCampaignRequestFrom(value));
    }
    this.saving.set(true);
    request.subscribe({
      next: (campaign) => this.dialogRef.close(campaign),
      error: (error: unknown) => {
        this.saving.set(false);
        this.stale.set(hasErrorCode(error, 'stale_version'));
        if (!this.stale() && !applyApiFieldErrors(this.form, error)) {
          this.error.set(errorMessage(error));
        }
      },
    });
  }

  protected reload(): void {
    this.dialogRef.close('reload');
  }
}
