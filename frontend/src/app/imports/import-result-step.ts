import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ImportFigure, ImportFigures } from './import-figures';
import { ImportRef, ImportStore } from './import-store';

/** The import at work, then what it did, with its rejected rows and a way back. */
@Component({
  selector: 'pw-import-result-step',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, ImportFigures],
  template: `
    @if (store.importing()) {
      <p id="importing-label" role="status">
        {{ store.uploadProgress() === null ? 'Importing…' : 'Sending the file…' }}
      </p>
      <mat-progress-bar
        [mode]="store.uploadProgress() === null ? 'indeterminate' : 'determinate'"
        [value]="store.uploadProgress() ?? 0"
        aria-labelledby="importing-label"
      />
    } @else if (store.importErrors().length) {
      <div class="problems" role="alert">
        <p>The import did not finish:</p>
        <ul>
          @for (problem of store.importErrors(); track problem) {
            <li>{{ problem }}</li>
          }
        </ul>
      </div>
      <div class="actions">
        <button mat-button type="button" (click)="back.emit()">Back</button>
        <button mat-flat-button type="button" (click)="store.runImport()">Try again</button>
      </div>
    } @else if (store.result(); as result) {
      <p class="done" role="status">
        <mat-icon aria-hidden="true">{{ store.resultUndone() ? 'undo' : 'task_alt' }}</mat-icon>
        {{ store.resultUndone() ? 'This import was undone.' : 'Import finished.' }}
      </p>
      <pw-import-figures [figures]="figures()" />
      <div class="actions">
        @if (result.invalid.length && importRef(); as ref) {
          <button
            mat-stroked-button
            type="button"
            [disabled]="store.busyIds().has(ref.id)"
            (click)="store.downloadRejected(ref)"
          >
            <mat-icon>download</mat-icon>
            Download rejected rows
          </button>
        }
        @if (result.created && !store.resultUndone() && importRef(); as ref) {
          <button mat-stroked-button type="button" [disabled]="store.busyIds().has(ref.id)" (click)="store.undo(ref)">
            <mat-icon>undo</mat-icon>
            Undo this import…
          </button>
        }
        <a mat-flat-button [routerLink]="destination().link">
          <mat-icon>{{ destination().icon }}</mat-icon>
          {{ destination().label }}
        </a>
        <button mat-button type="button" (click)="again.emit()">Import another file</button>
      </div>
    }
  `,
  styles: `
    .done {
      display: flex;
      align-items: center;
      gap: 8px;
      font: var(--mat-sys-title-medium);
    }
    .problems {
      color: var(--mat-sys-error);
    }
    .problems p {
      margin: 0;
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
export class ImportResultStep {
  protected readonly store = inject(ImportStore);
  readonly back = output<void>();
  /** Start again with another file. */
  readonly again = output<void>();

  protected readonly importRef = computed<ImportRef | null>(() => {
    const result = this.store.result();
    const file = this.store.file();
    return result?.importId && file
      ? { id: result.importId, kind: this.store.kind, fileName: file.name, created: result.created }
      : null;
  });
  /** Where the imported people can now be seen. */
  protected readonly destination = computed(() => {
    const { kind, eventId } = this.store.target;
    if (kind === 'students') return { link: '/students', icon: 'school', label: 'Go to students' };
    if (kind === 'attendees' && eventId) return { link: `/events/${eventId}`, icon: 'event', label: 'Go to the event' };
    return { link: '/applicants', icon: 'person_search', label: 'Go to applicants' };
  });
  protected readonly figures = computed<ImportFigure[]>(() => {
    const result = this.store.result();
    if (!result) return [];
    return [
      { label: 'Added', value: result.created },
      ...(this.store.kind === 'students' ? [] : [{ label: 'Filled in', value: result.updated }]),
      { label: 'Already in Pathway', value: result.duplicates },
      ...(this.store.kind === 'attendees' ? [{ label: 'Registrations', value: result.attendances ?? 0 }] : []),
      { label: 'Rejected', value: result.invalid.length, warn: true },
    ];
  });
}
