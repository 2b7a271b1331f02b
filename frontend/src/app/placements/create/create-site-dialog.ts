import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PlacementSiteDto, Region, REGION_LABELS, REGIONS } from '@pathway/contracts';
import { applyApiFieldErrors, errorMessage } from '../../core/api-error';
import { fieldError } from '../../core/forms/field-error';
import { ReferenceStore } from '../../reference/reference-store';
import { PlacementsApi } from '../placements-api';
import { SiteOptions } from '../site-options';

export interface CreateSiteDialogData {
  /** A name already typed elsewhere (the new-placement dialog's site search). */
  name?: string;
}

/** Adds a placement site; closes with the created site. */
@Component({
  selector: 'pw-create-site-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>New placement site</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form">
        @if (error()) {
          <p class="form-error" role="alert">{{ error() }}</p>
        }
        <mat-form-field>
          <mat-label>Site name</mat-label>
          <input matInput formControlName="name" autocomplete="off" cdkFocusInitial />
          <mat-hint>For example "Imaging department, Leeds General Infirmary"</mat-hint>
          <mat-error>{{ fieldError(form.controls.name, 'Site name') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Organisation (optional)</mat-label>
          <input matInput formControlName="organisation" autocomplete="off" />
          <mat-hint>The NHS trust or company running it</mat-hint>
          <mat-error>{{ fieldError(form.controls.organisation, 'Organisation') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Department (optional)</mat-label>
          <input matInput formControlName="department" autocomplete="off" />
          <mat-error>{{ fieldError(form.controls.department, 'Department') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Region (optional)</mat-label>
          <mat-select formControlName="region">
            <mat-option value="">Not recorded</mat-option>
            @for (region of regions; track region) {
              <mat-option [value]="region">{{ regionLabels[region] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Professions placed here (optional)</mat-label>
          <mat-select formControlName="professions" multiple>
            @for (profession of reference.professions(); track profession.code) {
              <mat-option [value]="profession.code">{{ profession.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Save site</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateSiteDialog {
  private readonly api = inject(PlacementsApi);
  private readonly siteOptions = inject(SiteOptions);
  private readonly dialogRef = inject<MatDialogRef<CreateSiteDialog, PlacementSiteDto>>(MatDialogRef);
  private readonly data = inject<CreateSiteDialogData | null>(MAT_DIALOG_DATA, { optional: true });
  protected readonly reference = inject(ReferenceStore);

  protected readonly regions = REGIONS;
  protected readonly regionLabels = REGION_LABELS;
  protected readonly fieldError = fieldError;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.data?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    organisation: ['', Validators.maxLength(200)],
    department: ['', Validators.maxLength(200)],
    region: ['' as Region | ''],
    professions: [[] as string[]],
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
    const { name, organisation, department, region, professions } = this.form.getRawValue();
    this.api
      .createSite({
        name: name.trim(),
        organisation: organisation.trim() || null,
        department: department.trim() || null,
        region: region || null,
        professions,
      })
      .subscribe({
        next: (site) => {
          this.siteOptions.reload();
          this.dialogRef.close(site);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          if (!applyApiFieldErrors(this.form, error)) {
            this.error.set(errorMessage(error));
          }
        },
      });
  }
}
