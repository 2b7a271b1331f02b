import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { ImportRowProblem } from '@pathway/contracts';
import { CountPipe } from '../core/format/count.pipe';
import { describeErrors } from './import-fields';
import { ImportFigure, ImportFigures } from './import-figures';
import { ImportStore } from './import-store';

/** Rows listed at once; the rest are in the rejected-rows file after the import. */
const SHOWN_PROBLEMS = 100;

/** The dry run's report: what the import would do, and every row it would turn away and why. */
@Component({
  selector: 'pw-import-review-step',
  imports: [MatButtonModule, MatIconModule, MatTableModule, ImportFigures, CountPipe],
  template: `
    @if (store.report(); as report) {
      <p class="intro" role="status">
        Nothing has been imported yet. {{ report.valid | pwCount }} of {{ report.rows | pwCount }}
        {{ report.rows === 1 ? 'row is' : 'rows are' }} ready to import.
      </p>
      <pw-import-figures [figures]="figures()" />
      @if (report.toUpdate) {
        <p class="note">
          People already in Pathway keep what their record holds: only its empty fields are filled in from the file, so
          some may need nothing at all.
        </p>
      }
      @if (report.invalid.length) {
        <h3 id="invalid-heading">Rows that will be left out</h3>
        <p class="note">
          Row numbers as a spreadsheet shows them (the header is row 1). After the import you can download these rows,
          correct them and import them again.
        </p>
        <div class="table-scroll">
          <table mat-table [dataSource]="shownProblems()" aria-labelledby="invalid-heading">
            <ng-container matColumnDef="row">
              <th mat-header-cell *matHeaderCellDef scope="col">Row</th>
              <td mat-cell *matCellDef="let problem">{{ problem.row }}</td>
            </ng-container>
            <ng-container matColumnDef="errors">
              <th mat-header-cell *matHeaderCellDef scope="col">Problems</th>
              <td mat-cell *matCellDef="let problem">
                <ul class="messages">
                  @for (message of messages(problem); track $index) {
                    <li>{{ message }}</li>
                  }
                </ul>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
        @if (report.invalid.length > shownProblems().length) {
          <p class="note">
            The first {{ shownProblems().length | pwCount }} of {{ report.invalid.length | pwCount }} are shown.
          </p>
        }
      }
      <div class="actions">
        <button mat-button type="button" (click)="back.emit()">Back</button>
        <button mat-flat-button type="button" [disabled]="!report.valid || store.importing()" (click)="confirm.emit()">
          <mat-icon>upload</mat-icon>
          Import {{ report.valid | pwCount }} {{ report.valid === 1 ? 'row' : 'rows' }}
        </button>
      </div>
    }
  `,
  styles: `
    .intro {
      margin: 0 0 12px;
    }
    h3 {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    .mat-column-row {
      width: 64px;
    }
    .messages {
      margin: 0;
      padding: 4px 0 4px 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportReviewStep {
  protected readonly store = inject(ImportStore);
  /** Run the import for real. */
  readonly confirm = output<void>();
  readonly back = output<void>();

  protected readonly columns = ['row', 'errors'];
  protected readonly shownProblems = computed(() => this.store.report()?.invalid.slice(0, SHOWN_PROBLEMS) ?? []);
  protected readonly figures = computed<ImportFigure[]>(() => {
    const report = this.store.report();
    if (!report) return [];
    return [
      { label: 'Rows', value: report.rows },
      { label: 'Valid', value: report.valid },
      { label: 'Invalid', value: report.invalid.length, warn: true },
      { label: 'Already in Pathway', value: report.duplicates },
      { label: 'To add', value: report.toCreate },
      // A student import matches students but never changes them.
      ...(this.store.kind === 'students' ? [] : [{ label: 'To fill in', value: report.toUpdate }]),
      ...(this.store.kind === 'attendees' ? [{ label: 'Registrations', value: report.attendances ?? 0 }] : []),
    ];
  });

  protected messages(problem: ImportRowProblem): string[] {
    return describeErrors(problem.errors, this.store.mapping());
  }
}
