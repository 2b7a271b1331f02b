import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TagsField } from '../form/tags-field';

/** The API adds at most this many tags in one bulk change. */
const MAX_BULK_TAGS = 10;

/** Adds tags to the selected applicants (keeping the tags they have); closes with the tags. */
@Component({
  selector: 'pw-bulk-tags-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, TagsField],
  template: `
    <h2 mat-dialog-title>Add tag</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="dialog-form">
        <p class="dialog-text">
          Add tags to the {{ count }} selected applicant{{ count === 1 ? '' : 's' }}. Their other tags stay.
        </p>
        <pw-tags-field [control]="tags" label="Tags to add" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Add tags</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkTagsDialog {
  protected readonly count = inject<number>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<BulkTagsDialog, string[]>>(MatDialogRef);
  protected readonly tags = new FormControl<string[]>([], { nonNullable: true, validators: Validators.required });
  protected readonly form = new FormGroup({ tags: this.tags });

  protected submit(): void {
    const tags = this.tags.value;
    if (tags.length === 0) {
      this.tags.setErrors({ invalid: 'Type a tag and press Enter' });
    } else if (tags.length > MAX_BULK_TAGS) {
      this.tags.setErrors({ invalid: `Add up to ${MAX_BULK_TAGS} tags at a time` });
    } else {
      this.dialogRef.close(tags);
      return;
    }
    this.tags.markAsTouched();
  }
}
