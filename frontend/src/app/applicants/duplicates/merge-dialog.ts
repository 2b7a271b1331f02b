import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import { DuplicatePairDto } from '@pathway/contracts';

export interface MergeDialogData {
  pair: DuplicatePairDto;
}

/** Chooses which record to keep; closes with its id (or nothing when cancelled). */
@Component({
  selector: 'pw-merge-dialog',
  imports: [MatDialogModule, MatButtonModule, MatRadioModule],
  template: `
    <h2 mat-dialog-title>Merge two records</h2>
    <mat-dialog-content>
      <p id="keep-label">Which record stays? The other one's history moves onto it and the other record is removed.</p>
      <mat-radio-group
        aria-labelledby="keep-label"
        class="choices"
        [value]="keepId()"
        (change)="keepId.set($event.value)"
      >
        @for (person of [data.pair.first, data.pair.second]; track person.id) {
          <mat-radio-button [value]="person.id">
            {{ person.firstName }} {{ person.lastName }} — {{ person.email || person.phone || 'no contact details' }}
          </mat-radio-button>
        }
      </mat-radio-group>
      <p class="note">
        Empty fields of the record kept are filled from the other; nothing it already has is overwritten.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" [mat-dialog-close]="keepId()">Merge</button>
    </mat-dialog-actions>
  `,
  styles: `
    .choices {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MergeDialog {
  protected readonly data = inject<MergeDialogData>(MAT_DIALOG_DATA);
  /** The older record is usually the one to keep. */
  protected readonly keepId = signal(this.data.pair.first.id);
}
