import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ReferenceStore } from '../../reference/reference-store';

/** The value for "no owner" in the select; the API clears the owner with `null`. */
const NO_OWNER = 'none';

/** Picks an owner for the selected applicants; closes with the owner id (`null` for nobody). */
@Component({
  selector: 'pw-bulk-owner-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatSelectModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>Assign owner</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form">
        <p class="dialog-text">Choose who looks after the {{ count }} selected applicant{{ count === 1 ? '' : 's' }}.</p>
        <mat-form-field>
          <mat-label>Owner</mat-label>
          <mat-select [formControl]="owner" cdkFocusInitial>
            @for (person of owners(); track person.id) {
              <mat-option [value]="person.id">{{ person.name }}</mat-option>
            }
            <mat-option [value]="noOwner">No owner</mat-option>
          </mat-select>
          <mat-error>Choose an owner</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Assign</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkOwnerDialog {
  protected readonly count = inject<number>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<BulkOwnerDialog, { ownerId: string | null }>>(MatDialogRef);
  protected readonly owners = inject(ReferenceStore).owners;
  protected readonly noOwner = NO_OWNER;
  protected readonly owner = new FormControl('', { nonNullable: true, validators: Validators.required });
  protected readonly form = new FormGroup({ owner: this.owner });

  protected submit(): void {
    if (this.owner.invalid) {
      this.owner.markAsTouched();
      return;
    }
    this.dialogRef.close({ ownerId: this.owner.value === NO_OWNER ? null : this.owner.value });
  }
}
