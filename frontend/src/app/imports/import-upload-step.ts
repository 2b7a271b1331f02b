import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CountPipe } from '../core/format/count.pipe';
import { formatFileSize } from './import-fields';
import { ImportStore } from './import-store';

/** Choosing the CSV file: a button or a drop zone; the file is read at once to show what it holds. */
@Component({
  selector: 'pw-import-upload-step',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, CountPipe],
  template: `
    <div
      class="drop-zone"
      [class.dragging]="dragging()"
      (dragover)="dragOver($event)"
      (dragleave)="dragging.set(false)"
      (drop)="drop($event)"
    >
      <mat-icon class="zone-icon" aria-hidden="true">upload_file</mat-icon>
      <p>Drop a CSV file here, or</p>
      <input
        #input
        type="file"
        accept=".csv,text/csv"
        class="cdk-visually-hidden"
        tabindex="-1"
        aria-label="CSV file to import"
        (change)="picked(input)"
      />
      <button mat-flat-button type="button" (click)="input.click()">
        <mat-icon>folder_open</mat-icon>
        Choose a CSV file
      </button>
      <p class="hint">UTF-8 CSV with a header row, up to 20 MB and 50,000 rows. Save spreadsheets as “CSV UTF-8”.</p>
    </div>

    @if (store.file(); as file) {
      <div class="chosen">
        <mat-icon aria-hidden="true">description</mat-icon>
        <span class="file-name">{{ file.name }}</span>
        <span class="file-size">{{ size(file.size) }}</span>
        <button mat-icon-button type="button" aria-label="Clear the file" (click)="clear(input)">
          <mat-icon>close</mat-icon>
        </button>
      </div>
    }
    @if (store.previewing()) {
      <mat-progress-bar mode="indeterminate" aria-label="Reading the file" />
    }
    @if (store.fileErrors().length) {
      <div class="problems" role="alert">
        <p>The file cannot be imported:</p>
        <ul>
          @for (problem of store.fileErrors(); track problem) {
            <li>{{ problem }}</li>
          }
        </ul>
      </div>
    }
    @if (store.preview(); as preview) {
      <p class="found" role="status">
        {{ preview.rows | pwCount }} {{ preview.rows === 1 ? 'row' : 'rows' }} and
        {{ preview.headers.length | pwCount }} {{ preview.headers.length === 1 ? 'column' : 'columns' }} found.
      </p>
      <div class="actions">
        <button mat-flat-button type="button" (click)="next.emit()">Next: map the columns</button>
      </div>
    }
  `,
  styles: `
    .drop-zone {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 24px 16px;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-large);
      text-align: center;
    }
    .drop-zone.dragging {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }
    .drop-zone p {
      margin: 0;
    }
    .zone-icon {
      width: 40px;
      height: 40px;
      font-size: 40px;
      color: var(--mat-sys-primary);
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .chosen {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-top: 12px;
    }
    .file-name {
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .file-size {
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    .problems {
      margin-top: 12px;
      color: var(--mat-sys-error);
    }
    .problems p {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportUploadStep {
  protected readonly store = inject(ImportStore);
  /** The file was read: on to the mapping. */
  readonly next = output<void>();
  protected readonly dragging = signal(false);

  protected size(bytes: number): string {
    return formatFileSize(bytes);
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files.item(0);
    if (file) void this.read(file);
  }

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.item(0);
    // Cleared so that choosing the same file again (after fixing it) is noticed.
    input.value = '';
    if (file) void this.read(file);
  }

  protected clear(input: HTMLInputElement): void {
    input.value = '';
    this.store.clearFile();
  }

  private async read(file: File): Promise<void> {
    if (await this.store.chooseFile(file)) this.next.emit();
  }
}
