import { HttpEventType } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ImportField, ImportKind, ImportMapping, ImportPreviewDto, ImportReportDto } from '@pathway/contracts';
import { filter, finalize, firstValueFrom, map } from 'rxjs';
import { errorMessage } from '../core/api-error';
import { ConfirmDialog, ConfirmDialogData } from '../core/confirm-dialog/confirm-dialog';
import { saveFile } from '../core/files/save-file';
import { EventChoice } from '../events/picker/event-picker';
import { importDefaults, importDefaultsForm } from './import-defaults';
import { fileProblem, importErrorMessages, mappingProblems } from './import-fields';
import { countOf, defaultedFields, IMPORT_KIND_CONFIG, IMPORT_TARGET } from './import-kinds';
import { ImportRequest, ImportsApi } from './imports-api';

/** An import that can be undone or whose rejected rows can be fetched: the one just run, or one from the list. */
export interface ImportRef {
  id: string;
  kind: ImportKind;
  fileName: string;
  created: number;
}

/**
 * One CSV import of the page's `IMPORT_TARGET` (applicants, an event's attendees or students), step by step (file →
 * preview and mapping → dry run → import), and the recent imports beside it. Any change to the file, the mapping or the defaults forgets the dry run, so what is imported
 * is always what was checked. Provide it on the page.
 */
@Injectable()
export class ImportStore {
  private readonly api = inject(ImportsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly target = inject(IMPORT_TARGET);
  readonly kind = this.target.kind;
  readonly config = IMPORT_KIND_CONFIG[this.kind];

  readonly file = signal<File | null>(null);
  /** Why the file could not be read, as sentences. */
  readonly fileErrors = signal<string[]>([]);
  readonly previewing = signal(false);
  readonly preview = signal<ImportPreviewDto | null>(null);

  readonly mapping = signal<ImportMapping>({});
  readonly mappingProblems = computed(() =>
    mappingProblems(this.mapping(), this.config.required, defaultedFields(this.kind, this.defaults())),
  );
  readonly defaultsForm = importDefaultsForm();
  private readonly defaultsValue = toSignal(
    this.defaultsForm.valueChanges.pipe(map(() => this.defaultsForm.getRawValue())),
    {
      initialValue: this.defaultsForm.getRawValue(),
    },
  );
  readonly defaults = computed(() => importDefaults(this.kind, this.defaultsValue()));

  readonly checking = signal(false);
  /** The dry run of the current file, mapping and defaults. */
  readonly report = signal<ImportReportDto | null>(null);
  readonly checkErrors = signal<string[]>([]);

  readonly importing = signal(false);
  /** Percentage of the file sent; null before the first progress event and while the server works. */
  readonly uploadProgress = signal<number | null>(null);
  readonly result = signal<ImportReportDto | null>(null);
  readonly importErrors = signal<string[]>([]);
  readonly resultUndone = signal(false);

  private readonly recentResource = rxResource({ stream: () => this.api.recent() });
  readonly recent = computed(() => (this.recentResource.hasValue() ? this.recentResource.value() : []));
  readonly recentLoading = this.recentResource.isLoading;
  readonly recentError = computed(() => (this.recentResource.error() ? errorMessage(this.recentResource.error()) : ''));
  /** Imports with a request under way (undo, download), so their buttons can wait. */
  readonly busyIds = signal<ReadonlySet<string>>(new Set());

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.defaultsForm.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => this.forgetCheck());
    // An event says where its people came from: fill in the source and the event's campaign when not chosen yet.
    const { event, source, campaignId } = this.defaultsForm.controls;
    event.valueChanges
      .pipe(
        filter((chosen): chosen is EventChoice => chosen !== null),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((chosen) => {
        if (!source.value) source.setValue('event');
        if (chosen.campaignId && !campaignId.value) campaignId.setValue(chosen.campaignId);
      });
  }

  /** Reads a chosen file's headers and first rows; answers whether it could be read. */
  async chooseFile(file: File): Promise<boolean> {
    this.clearFile();
    this.file.set(file);
    const problem = fileProblem(file);
    if (problem) {
      this.fileErrors.set([problem]);
      return false;
    }
    this.previewing.set(true);
    try {
      const preview = await firstValueFrom(this.api.preview(this.kind, file));
      this.preview.set(preview);
      this.mapping.set({ ...preview.mapping });
      return true;
    } catch (error) {
      this.fileErrors.set(importErrorMessages(error));
      return false;
    } finally {
      this.previewing.set(false);
    }
  }

  setMapping(header: string, field: ImportField | null): void {
    this.mapping.update((mapping) => ({ ...mapping, [header]: field }));
    this.forgetCheck();
  }

  /** The dry run; answers whether it produced a report. */
  async check(): Promise<boolean> {
    const request = this.request();
    if (!request || this.mappingProblems().length) return false;
    this.checking.set(true);
    this.checkErrors.set([]);
    try {
      this.report.set(await firstValueFrom(this.api.check(request)));
      return true;
    } catch (error) {
      this.checkErrors.set(importErrorMessages(error, request.mapping));
      return false;
    } finally {
      this.checking.set(false);
    }
  }

  /** The import itself, once checked; answers whether it finished. */
  runImport(): Promise<boolean> {
    const request = this.request();
    if (!request || !this.report() || this.importing()) return Promise.resolve(false);
    this.importing.set(true);
    this.uploadProgress.set(null);
    this.importErrors.set([]);
    return new Promise((resolve) => {
      this.api
        .run(request)
        .pipe(finalize(() => this.importing.set(false)))
        .subscribe({
          next: (event) => {
            if (event.type === HttpEventType.UploadProgress && event.total) {
              // Once the whole file is sent the server is still at work: back to an indeterminate bar.
              this.uploadProgress.set(
                event.loaded < event.total ? Math.round((100 * event.loaded) / event.total) : null,
              );
            } else if (event.type === HttpEventType.Response && event.body) {
              this.result.set(event.body);
              this.recentResource.reload();
              resolve(true);
            }
          },
          error: (error: unknown) => {
            this.importErrors.set(importErrorMessages(error, request.mapping));
            resolve(false);
          },
          complete: () => resolve(this.result() !== null),
        });
    });
  }

  /** Forgets the file and all that came from it; the defaults stay for the next file. */
  clearFile(): void {
    this.file.set(null);
    this.fileErrors.set([]);
    this.preview.set(null);
    this.mapping.set({});
    this.forgetCheck();
    this.result.set(null);
    this.importErrors.set([]);
    this.resultUndone.set(false);
    this.uploadProgress.set(null);
  }

  /** Starts again from nothing, for another file. */
  reset(): void {
    this.clearFile();
    this.defaultsForm.reset();
  }

  reloadRecent(): void {
    this.recentResource.reload();
  }

  downloadRejected(target: ImportRef): void {
    this.whileBusy(target.id, async () => {
      try {
        const file = await firstValueFrom(this.api.rejectedRows(target.id));
        saveFile(file, `rejected-${target.fileName.replace(/\.csv$/i, '')}.csv`);
      } catch (error) {
        this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 6000 });
      }
    });
  }

  /** Asks first, then removes the people the import created; answers whether it was undone. */
  async undo(target: ImportRef): Promise<boolean> {
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          role: 'alertdialog',
          width: '480px',
          maxWidth: '95vw',
          data: {
            title: `Undo the import of ${target.fileName}?`,
            message:
              `The ${countOf(target.kind, target.created)} it added will be removed. ` +
              IMPORT_KIND_CONFIG[target.kind].undoNote,
            confirmLabel: 'Undo import',
          },
        })
        .afterClosed(),
    );
    if (confirmed !== true) return false;
    return this.whileBusy(target.id, async () => {
      try {
        const undone = await firstValueFrom(this.api.undo(target.id));
        if (this.result()?.importId === target.id) this.resultUndone.set(true);
        this.snackBar.open(`Import undone: ${countOf(target.kind, undone.removed)} removed`, 'Dismiss', {
          duration: 5000,
        });
        this.recentResource.reload();
        return true;
      } catch (error) {
        this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
        return false;
      }
    });
  }

  private request(): ImportRequest | null {
    const file = this.file();
    return file && this.preview()
      ? { target: this.target, file, mapping: this.mapping(), defaults: this.defaults() }
      : null;
  }

  private forgetCheck(): void {
    this.report.set(null);
    this.checkErrors.set([]);
  }

  private async whileBusy<T>(id: string, work: () => Promise<T>): Promise<T> {
    this.busyIds.update((ids) => new Set([...ids, id]));
    try {
      return await work();
    } finally {
      this.busyIds.update((ids) => new Set([...ids].filter((busy) => busy !== id)));
    }
  }
}
