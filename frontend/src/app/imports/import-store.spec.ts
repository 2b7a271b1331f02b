import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ImportPreviewDto, ImportReportDto, ImportSummaryDto } from '@pathway/contracts';
import { of } from 'rxjs';
import { IMPORT_TARGET } from './import-kinds';
import { ImportStore } from './import-store';

const IMPORT_ID = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const CAMPAIGN = '6b1f3c2e-8d4a-4f0e-9a57-2c9d1e4b7a10';
const EVENT = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const PREVIEW: ImportPreviewDto = {
  headers: ['Forename', 'Surname', 'E-mail', 'Notes'],
  mapping: { Forename: 'firstName', Surname: 'lastName', 'E-mail': 'email', Notes: null },
  sampleRows: [['Aoife', "O'Neil", 'aoife@example.org', 'Likes physio']],
  rows: 3,
};

const report = (overrides: Partial<ImportReportDto> = {}): ImportReportDto => ({
  importId: null,
  dryRun: true,
  rows: 3,
  valid: 2,
  invalid: [{ row: 3, errors: [{ field: 'email', message: 'must be an email address' }] }],
  duplicates: 1,
  toCreate: 1,
  toUpdate: 1,
  created: 0,
  updated: 0,
  ...overrides,
});

const summary = (overrides: Partial<ImportSummaryDto> = {}): ImportSummaryDto => ({
  id: IMPORT_ID,
  kind: 'applicants',
  event: null,
  fileName: 'sign-up.csv',
  createdAt: '2026-11-20T10:00:00Z',
  createdBy: { id: 'u1', name: 'Jordan Ellis' },
  rows: 3,
  valid: 2,
  invalid: 1,
  duplicates: 1,
  created: 1,
  updated: 1,
  undoneAt: null,
  ...overrides,
});

const csvFile = (name = 'sign-up.csv', type = 'text/csv') => new File(['Forename,Surname\r\n'], name, { type });
const isImport = (request: { url: string }) => request.url === '/api/v1/imports/applicants';

describe('ImportStore', () => {
  let store: ImportStore;
  let backend: HttpTestingController;
  let confirmed: boolean;
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(confirmed) })) };
  const snackBar = { open: jest.fn() };

  /** Lets the recent-imports resource send its request. */
  const recentRequest = (): TestRequest => {
    TestBed.tick();
    return backend.expectOne({ method: 'GET', url: '/api/v1/imports' });
  };

  async function previewed(): Promise<void> {
    const reading = store.chooseFile(csvFile());
    backend.expectOne('/api/v1/imports/applicants/preview').flush(PREVIEW);
    expect(await reading).toBe(true);
  }

  async function checked(): Promise<void> {
    await previewed();
    const checking = store.check();
    backend.expectOne(isImport).flush(report());
    expect(await checking).toBe(true);
  }

  beforeEach(() => {
    confirmed = true;
    dialog.open.mockClear();
    snackBar.open.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        ImportStore,
        { provide: IMPORT_TARGET, useValue: { kind: 'applicants' } },
        { provide: MatDialog, useValue: dialog },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    store = TestBed.inject(ImportStore);
    backend = TestBed.inject(HttpTestingController);
    recentRequest().flush([summary()]);
  });

  afterEach(() => backend.verify());

  it('lists recent imports, and explains a failure with a retry', async () => {
    expect(store.recent().map((item) => item.fileName)).toEqual(['sign-up.csv']);
    store.reloadRecent();
    recentRequest().flush({ message: 'down' }, { status: 503, statusText: 'Unavailable' });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(store.recentError()).not.toBe('');
    expect(store.recent()).toEqual([]);
    store.reloadRecent();
    recentRequest().flush([]);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(store.recentError()).toBe('');
    expect(store.recent()).toEqual([]);
  });

  it('turns away a file that is not a CSV without sending it', async () => {
    expect(await store.chooseFile(csvFile('sign-up.xlsx', 'application/vnd.ms-excel'))).toBe(false);
    expect(store.fileErrors()[0]).toContain('is not a CSV file');
    expect(store.preview()).toBeNull();
  });

  it('previews a file and starts from the guessed mapping', async () => {
    await previewed();
    expect(store.preview()?.rows).toBe(3);
    expect(store.mapping()).toEqual(PREVIEW.mapping);
    expect(store.mappingProblems()).toEqual([]);
    store.setMapping('Surname', null);
    expect(store.mappingProblems()).toEqual(['Choose the column that holds the last name.']);
  });

  it('shows why the API could not read the file', async () => {
    const reading = store.chooseFile(csvFile());
    backend.expectOne('/api/v1/imports/applicants/preview').flush(
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'file has no header row',
        details: [{ field: 'file', message: 'has no header row' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await reading).toBe(false);
    expect(store.fileErrors()).toEqual(['The file has no header row']);
  });

  it('checks with the mapping and defaults chosen, and forgets the check when either changes', async () => {
    await previewed();
    store.setMapping('Notes', 'tags');
    store.defaultsForm.patchValue({ consentToContact: true });
    store.defaultsForm.controls.event.setValue({
      id: EVENT,
      title: 'Careers fair',
      startsAt: null,
      campaignId: CAMPAIGN,
    });
    // The event fills in where these people came from.
    expect(store.defaultsForm.controls.source.value).toBe('event');
    expect(store.defaultsForm.controls.campaignId.value).toBe(CAMPAIGN);

    const checking = store.check();
    expect(store.checking()).toBe(true);
    const sent = backend.expectOne(isImport);
    expect(sent.request.params.get('dryRun')).toBe('true');
    const body = sent.request.body as FormData;
    expect(JSON.parse(body.get('mapping') as string)).toEqual({ ...PREVIEW.mapping, Notes: 'tags' });
    expect(JSON.parse(body.get('defaults') as string)).toEqual({
      source: 'event',
      campaignId: CAMPAIGN,
      eventId: EVENT,
      consentToContact: true,
    });
    sent.flush(report());
    expect(await checking).toBe(true);
    expect(store.checking()).toBe(false);
    expect(store.report()?.toCreate).toBe(1);

    store.setMapping('Notes', null);
    expect(store.report()).toBeNull();
    const again = store.check();
    backend.expectOne(isImport).flush(report());
    await again;
    store.defaultsForm.patchValue({ consentToContact: false });
    expect(store.report()).toBeNull();
  });

  it('does not send a mapping it knows to be wrong', async () => {
    await previewed();
    store.setMapping('Notes', 'email');
    expect(await store.check()).toBe(false);
    backend.expectNone(isImport);
  });

  it('shows the field problems of a failed check', async () => {
    await previewed();
    const checking = store.check();
    backend.expectOne(isImport).flush(
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'bad',
        details: [{ field: 'defaults.eventId', message: 'does not exist' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await checking).toBe(false);
    expect(store.checkErrors()).toEqual(['Default event does not exist']);
  });

  it('imports with upload progress, then shows the result and the new import in the list', async () => {
    await checked();
    const importing = store.runImport();
    expect(store.importing()).toBe(true);
    const sent = backend.expectOne(isImport);
    expect(sent.request.params.get('dryRun')).toBe('false');
    sent.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 200 });
    expect(store.uploadProgress()).toBe(25);
    sent.event({ type: HttpEventType.UploadProgress, loaded: 200, total: 200 });
    expect(store.uploadProgress()).toBeNull();
    sent.flush(report({ importId: IMPORT_ID, dryRun: false, created: 1, updated: 1 }));
    expect(await importing).toBe(true);
    expect(store.importing()).toBe(false);
    expect(store.result()?.created).toBe(1);
    recentRequest().flush([summary()]);
  });

  it('keeps the checked state when the import fails, to try again', async () => {
    await checked();
    const importing = store.runImport();
    backend
      .expectOne(isImport)
      .flush({ statusCode: 503, code: 'unavailable', message: 'down' }, { status: 503, statusText: 'Unavailable' });
    expect(await importing).toBe(false);
    expect(store.importErrors()).toEqual(['down']);
    expect(store.report()).not.toBeNull();
    expect(store.result()).toBeNull();
  });

  it('undoes an import once confirmed, and marks the result undone', async () => {
    await checked();
    const importing = store.runImport();
    backend.expectOne(isImport).flush(report({ importId: IMPORT_ID, dryRun: false, created: 1 }));
    await importing;
    recentRequest().flush([summary()]);

    const undoing = store.undo({ id: IMPORT_ID, kind: 'applicants', fileName: 'sign-up.csv', created: 1 });
    await Promise.resolve();
    expect(store.busyIds().has(IMPORT_ID)).toBe(true);
    backend
      .expectOne({ method: 'POST', url: `/api/v1/imports/${IMPORT_ID}/undo` })
      .flush({ id: IMPORT_ID, removed: 1 });
    expect(await undoing).toBe(true);
    expect(store.resultUndone()).toBe(true);
    expect(store.busyIds().size).toBe(0);
    expect(snackBar.open).toHaveBeenCalledWith('Import undone: 1 person removed', 'Dismiss', expect.anything());
    recentRequest().flush([summary({ undoneAt: '2026-11-20T11:00:00Z' })]);
  });

  it('undoes nothing when the question is declined, and explains a refusal', async () => {
    confirmed = false;
    expect(await store.undo(summary())).toBe(false);
    backend.expectNone(`/api/v1/imports/${IMPORT_ID}/undo`);

    confirmed = true;
    const undoing = store.undo(summary());
    await Promise.resolve();
    backend
      .expectOne(`/api/v1/imports/${IMPORT_ID}/undo`)
      .flush(
        { statusCode: 409, code: 'conflict', message: '1 of the 1 people this import created have been changed' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(await undoing).toBe(false);
    expect(snackBar.open).toHaveBeenCalledWith(
      '1 of the 1 people this import created have been changed',
      'Dismiss',
      expect.anything(),
    );
  });

  it('downloads the rejected rows under the file name', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:rejected');
    URL.revokeObjectURL = jest.fn();
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    store.downloadRejected(summary({ fileName: 'Fair Sheet.CSV' }));
    await Promise.resolve();
    const sent = backend.expectOne(`/api/v1/imports/${IMPORT_ID}/rejected.csv`);
    sent.flush(new Blob(['Forename,errors\n']));
    await new Promise((resolve) => setTimeout(resolve));
    expect(names).toEqual(['rejected-Fair Sheet.csv']);
    expect(store.busyIds().size).toBe(0);
    click.mockRestore();
  });

  it('starts again from nothing', async () => {
    await checked();
    store.defaultsForm.patchValue({ consentToContact: true });
    store.reset();
    expect(store.file()).toBeNull();
    expect(store.preview()).toBeNull();
    expect(store.report()).toBeNull();
    expect(store.defaults()).toEqual({});
  });
});
