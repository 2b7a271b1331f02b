import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { fieldError } from '../../core/forms/field-error';

/** The API's rule for a tag: words of letters, digits, spaces, - or _, up to 40 characters. */
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u;
export const TAG_RULE = 'Tags use letters, digits, spaces, - or _ (up to 40 characters)';
export const MAX_TAGS = 20;

/** Tags as chips: type one and press Enter or comma. Tags are kept lower-case, as the server stores them. */
@Component({
  selector: 'pw-tags-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatChipsModule, MatIconModule],
  template: `
    <mat-form-field class="tags-field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [formControl]="control()" [attr.aria-label]="label()">
        @for (tag of control().value; track tag) {
          <mat-chip-row (removed)="remove(tag)">
            {{ tag }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove tag ' + tag">
              <mat-icon>cancel</mat-icon>
            </button>
          </mat-chip-row>
        }
        <input
          [matChipInputFor]="grid"
          [matChipInputSeparatorKeyCodes]="separators"
          [matChipInputAddOnBlur]="true"
          (matChipInputTokenEnd)="add($event)"
          autocomplete="off"
        />
      </mat-chip-grid>
      <mat-hint>Press Enter or comma after each tag</mat-hint>
      <mat-error>{{ fieldError(control(), label()) }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .tags-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagsField {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input('Tags');

  protected readonly separators = [ENTER, COMMA];
  protected readonly fieldError = fieldError;

  protected add(event: MatChipInputEvent): void {
    const tag = event.value.trim().toLowerCase();
    const control = this.control();
    if (!tag) {
      return;
    }
    if (!TAG_PATTERN.test(tag)) {
      control.setErrors({ invalid: TAG_RULE });
      control.markAsTouched();
      return;
    }
    if (control.value.length >= MAX_TAGS) {
      control.setErrors({ invalid: `Up to ${MAX_TAGS} tags` });
      control.markAsTouched();
      return;
    }
    if (!control.value.includes(tag)) {
      control.setValue([...control.value, tag]);
      control.markAsDirty();
    }
    event.chipInput.clear();
  }

  protected remove(tag: string): void {
    const control = this.control();
    control.setValue(control.value.filter((candidate) => candidate !== tag));
    control.markAsDirty();
  }
}
