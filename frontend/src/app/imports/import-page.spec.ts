import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ImportPreviewDto, ImportReportDto, ImportSummaryDto } from '@pathway/contracts';
import { ImportPage } from './import-page';

const IMPORT_ID = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const PREVIEW: ImportPreviewDto = {
  headers: ['Forename', 'Surname', 'E-mail', 'Notes'],
  mapping: { Forename: 'firstName', Surname: 'lastName', 'E-mail': 'email', Notes: null },
  sampleRows: [
    ['Aoife', "O'Neil", 'aoife@example.org', 'Likes physio, and radiography'],
    ['Bad', 'Email', 'not-an-email', ''],
  ],
  rows: 3,
};
const REPORT: ImportReportDto = {
  importId: null,
  dryRun: true,
  rows: 3,
  valid: 2,
  invalid: [{ row: 5, errors: [{ field: 'email', message: 'must be an email address' }] }],
  duplicates: 1,
  toCreate: 1,
  toUpdate: 1,
  created: 0,
  updated: 0,
};
const SUMMARY: ImportSummaryDto = {
  id: IMPORT_ID,
  kind: 'applicants',
  event: null,
  fileName: 'fair.csv',
  createdAt: '2026-11-20T10:00:00Z',
  createdBy: { id: 'u1', name: 'Jordan Ellis' },
  rows: 3,
  valid: 2,
  invalid: 1,
  duplicates: 1,
  created: 1,
  updated: 1,
  undoneAt: null,
};
const isImport = (request: { url: string }) => request.url === '/api/v1/imports/applicants';

describe('ImportPage', () => {
  let fixture: ComponentFixture<ImportPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;

  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (label: string) =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button, a')).find((candidate) =>
      text(candidate).includes(label),
    );
  const figures = (host: Element) =>
    Object.fromEntries(
      Array.from(host.querySelectorAll('pw-import-figures .figure')).map((figure) => [
        text(figure.querySelector('dt')),
        Number(text(figure.querySelector('dd'))),
      ]),
    );
  const selectedStep = () => text(element.querySelector('mat-step-header[aria-selected="true"] .mat-step-label'));
  /** Renders without waiting for requests in flight (the app is not stable while one is open). */
  const render = () => {
    fixture.detectChanges();
    // afterNextRender moves the stepper once the step shows as completed; render what it changed.
    fixture.detectChanges();
  };
  const stable = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  async function open(recent: ImportSummaryDto[] = []): Promise<void> {
    fixture = TestBed.createComponent(ImportPage);
    element = fixture.nativeElement as HTMLElement;
    render();
    backend.expectOne({ method: 'GET', url: '/api/v1/imports' }).flush(recent);
    await stable();
  }

  /** Waits for a request that follows a dialog closing (after its exit animation). */
  async function requestTo(method: string, url: string): Promise<TestRequest> {
    for (let turn = 0; turn < 50; turn++) {
      const [request] = backend.match({ method, url });
      if (request) return request;
      await new Promise((resolve) => setTimeout(resolve, 10));
      render();
    }
    throw new Error(`No ${method} ${url}`);
  }

  async function chooseFile(file: File): Promise<void> {
    const input = element.querySelector<HTMLInputElement>('input[type="file"]');
    Object.defineProperty(input, 'files', { value: { length: 1, item: () => file }, configurable: true });
    input?.dispatchEvent(new Event('change'));
    render();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('shows an empty list of recent imports and starts on the upload step', async () => {
    await open();
    expect(text(element.querySelector('h1'))).toBe('Import applicants');
    expect(selectedStep()).toBe('Upload');
    expect(text(element.querySelector('pw-recent-imports'))).toContain('No imports yet');
  });

  it('lists recent imports with their counts and actions', async () => {
    await open([
      SUMMARY,
      { ...SUMMARY, id: 'other', fileName: 'old.csv', invalid: 0, undoneAt: '2026-11-21T10:00:00Z' },
    ]);
    const rows = element.querySelectorAll('pw-recent-imports tr.mat-mdc-row');
    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toContain('fair.csv');
    expect(text(rows[0])).toContain('Jordan Ellis');
    expect(text(rows[0])).toContain('3 rows: 1 added, 1 filled in, 1 rejected');
    expect(rows[0].querySelector('[aria-label="Undo the import of fair.csv"]')).not.toBeNull();
    expect(rows[0].querySelector('[aria-label="Download the rejected rows of fair.csv"]')).not.toBeNull();
    // Undone, and nothing rejected: nothing to do.
    expect(rows[1].querySelectorAll('button')).toHaveLength(0);
  });

  it('says when recent imports cannot be loaded, and loads them again on request', async () => {
    fixture = TestBed.createComponent(ImportPage);
    element = fixture.nativeElement as HTMLElement;
    render();
    backend
      .expectOne('/api/v1/imports')
      .flush(
        { statusCode: 503, code: 'unavailable', message: 'Database unavailable' },
        { status: 503, statusText: 'x' },
      );
    await stable();
    expect(text(element.querySelector('pw-recent-imports [role="alert"]'))).toContain('Database unavailable');
    button('Try again')?.click();
    render();
    backend.expectOne('/api/v1/imports').flush([SUMMARY]);
    await stable();
    expect(element.querySelectorAll('pw-recent-imports tr.mat-mdc-row')).toHaveLength(1);
  });

  it('says why a file is refused, without leaving the upload step', async () => {
    await open();
    await chooseFile(new File(['x'], 'sheet.xlsx', { type: 'application/vnd.ms-excel' }));
    await stable();
    expect(text(element.querySelector('pw-import-upload-step [role="alert"]'))).toContain(
      'sheet.xlsx is not a CSV file',
    );
    expect(selectedStep()).toBe('Upload');
  });

  it('goes from file to mapping to dry run to import', async () => {
    await open();
    await chooseFile(new File(['Forename,Surname\r\n'], 'fair.csv', { type: 'text/csv' }));
    expect(text(element.querySelector('.chosen'))).toContain('fair.csv');
    backend.expectOne('/api/v1/imports/applicants/preview').flush(PREVIEW);
    await stable();
    expect(text(element.querySelector('pw-import-upload-step [role="status"]'))).toBe('3 rows and 4 columns found.');
    expect(selectedStep()).toBe('Map columns');

    // One select per column, filled in with the guess; the first rows underneath.
    const mapping = element.querySelector('pw-import-mapping-step') as HTMLElement;
    const labels = Array.from(mapping.querySelectorAll('.columns mat-label')).map((label) => text(label));
    expect(labels).toEqual(['Forename', 'Surname', 'E-mail', 'Notes']);
    const selects = Array.from(mapping.querySelectorAll('.columns mat-select')).map((select) => text(select));
    expect(selects).toEqual(['First name', 'Last name', 'Email', 'Ignore this column']);
    expect(text(mapping.querySelector('.preview tbody tr'))).toContain('Likes physio, and radiography');
    expect(text(mapping.querySelector('.columns mat-hint'))).toBe('e.g. Aoife, Bad');

    button('Check every row')?.click();
    render();
    const check = backend.expectOne(isImport);
    expect(check.request.params.get('dryRun')).toBe('true');
    check.flush(REPORT);
    await stable();
    expect(selectedStep()).toBe('Review');
    const review = element.querySelector('pw-import-review-step') as HTMLElement;
    expect(text(review.querySelector('[role="status"]'))).toContain('2 of 3 rows are ready to import');
    const problem = review.querySelectorAll('tr.mat-mdc-row td');
    expect(Array.from(problem).map((cell) => text(cell))).toEqual([
      '5',
      'Email (column “E-mail”) must be an email address',
    ]);
    expect(figures(review)).toEqual({
      Rows: 3,
      Valid: 2,
      Invalid: 1,
      'Already in Pathway': 1,
      'To add': 1,
      'To fill in': 1,
    });

    button('Import 2 rows')?.click();
    render();
    expect(selectedStep()).toBe('Import');
    expect(element.querySelector('pw-import-result-step mat-progress-bar')).not.toBeNull();
    const run = backend.expectOne(isImport);
    expect(run.request.params.get('dryRun')).toBe('false');
    run.flush({ ...REPORT, importId: IMPORT_ID, dryRun: false, created: 1, updated: 1 });
    render();
    backend.expectOne('/api/v1/imports').flush([SUMMARY]);
    await stable();
    const result = element.querySelector('pw-import-result-step') as HTMLElement;
    expect(result.querySelector('mat-progress-bar')).toBeNull();
    expect(text(result.querySelector('[role="status"]'))).toContain('Import finished.');
    expect(figures(result)).toEqual({ Added: 1, 'Filled in': 1, 'Already in Pathway': 1, Rejected: 1 });
    expect(button('Download rejected rows')).toBeDefined();
    expect(button('Undo this import')).toBeDefined();
    expect(button('Go to applicants')?.getAttribute('href')).toBe('/applicants');
  });

  it('reads a dropped file, and forgets it when cleared', async () => {
    await open();
    const drop = new Event('drop', { cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { files: { item: () => new File(['Forename,Surname\r\n'], 'dropped.csv', { type: 'text/csv' }) } },
    });
    element.querySelector('.drop-zone')?.dispatchEvent(drop);
    render();
    expect(drop.defaultPrevented).toBe(true);
    expect(text(element.querySelector('.chosen'))).toContain('dropped.csv');
    expect(text(element.querySelector('.chosen'))).toContain('18 bytes');
    backend.expectOne('/api/v1/imports/applicants/preview').flush(PREVIEW);
    await stable();
    expect(selectedStep()).toBe('Map columns');

    element.querySelector<HTMLButtonElement>('[aria-label="Clear the file"]')?.click();
    await stable();
    expect(element.querySelector('.chosen')).toBeNull();
    expect(element.querySelectorAll('pw-import-mapping-step .columns mat-select')).toHaveLength(0);
  });

  it('undoes the import just run once confirmed, then starts again with another file', async () => {
    await open();
    await chooseFile(new File(['Forename,Surname\r\n'], 'fair.csv', { type: 'text/csv' }));
    backend.expectOne('/api/v1/imports/applicants/preview').flush(PREVIEW);
    await stable();
    button('Check every row')?.click();
    render();
    backend.expectOne(isImport).flush(REPORT);
    await stable();
    button('Import 2 rows')?.click();
    render();
    backend.expectOne(isImport).flush({ ...REPORT, importId: IMPORT_ID, dryRun: false, created: 1 });
    render();
    backend.expectOne('/api/v1/imports').flush([SUMMARY]);
    await stable();

    button('Undo this import')?.click();
    await stable();
    const dialog = document.querySelector('pw-confirm-dialog') as HTMLElement;
    expect(text(dialog.querySelector('h2'))).toBe('Undo the import of fair.csv?');
    Array.from(dialog.querySelectorAll('button'))
      .find((candidate) => text(candidate) === 'Undo import')
      ?.click();
    (await requestTo('POST', `/api/v1/imports/${IMPORT_ID}/undo`)).flush({ id: IMPORT_ID, removed: 1 });
    (await requestTo('GET', '/api/v1/imports')).flush([{ ...SUMMARY, undoneAt: '2026-11-20T11:00:00Z' }]);
    await stable();
    expect(text(element.querySelector('pw-import-result-step [role="status"]'))).toBe('undo This import was undone.');
    expect(button('Undo this import')).toBeUndefined();

    button('Import another file')?.click();
    await stable();
    expect(selectedStep()).toBe('Upload');
    expect(element.querySelector('.chosen')).toBeNull();
  });

  it('writes every count with thousands separators, from the file to the undo', async () => {
    const rows = 50000;
    const invalid = Array.from({ length: 1235 }, (_, index) => ({
      row: index + 2,
      errors: [{ field: 'email', message: 'must be an email address' }],
    }));
    const big: ImportReportDto = {
      ...REPORT,
      rows,
      valid: rows - invalid.length,
      invalid,
      duplicates: 2500,
      toCreate: 46265,
      toUpdate: 0,
    };
    const bigSummary = {
      ...SUMMARY,
      rows,
      valid: big.valid,
      invalid: invalid.length,
      duplicates: 2500,
      created: 46265,
      updated: 0,
    };
    const shownFigures = (host: Element) =>
      Array.from(host.querySelectorAll('pw-import-figures .figure')).map(
        (figure) => `${text(figure.querySelector('dt'))} ${text(figure.querySelector('dd'))}`,
      );
    await open([bigSummary]);
    expect(text(element.querySelector('pw-recent-imports tr.mat-mdc-row'))).toContain(
      '50,000 rows: 46,265 added, 0 filled in, 1,235 rejected',
    );

    await chooseFile(new File(['Forename,Surname\r\n'], 'fair.csv', { type: 'text/csv' }));
    backend.expectOne('/api/v1/imports/applicants/preview').flush({ ...PREVIEW, rows });
    await stable();
    expect(text(element.querySelector('pw-import-upload-step [role="status"]'))).toBe(
      '50,000 rows and 4 columns found.',
    );
    expect(text(element.querySelector('pw-import-mapping-step .note'))).toContain('fair.csv: 50,000 rows.');

    button('Check every row')?.click();
    render();
    backend.expectOne(isImport).flush(big);
    await stable();
    const review = element.querySelector('pw-import-review-step') as HTMLElement;
    expect(text(review.querySelector('[role="status"]'))).toContain('48,765 of 50,000 rows are ready to import');
    expect(shownFigures(review)).toEqual([
      'Rows 50,000',
      'Valid 48,765',
      'Invalid 1,235',
      'Already in Pathway 2,500',
      'To add 46,265',
      'To fill in 0',
    ]);
    expect(text(review)).toContain('The first 100 of 1,235 are shown.');

    button('Import 48,765 rows')?.click();
    render();
    backend.expectOne(isImport).flush({ ...big, importId: IMPORT_ID, dryRun: false, created: 46265 });
    render();
    backend.expectOne('/api/v1/imports').flush([bigSummary]);
    await stable();
    const result = element.querySelector('pw-import-result-step') as HTMLElement;
    expect(shownFigures(result)).toEqual(['Added 46,265', 'Filled in 0', 'Already in Pathway 2,500', 'Rejected 1,235']);

    button('Undo this import')?.click();
    await stable();
    const dialog = document.querySelector('pw-confirm-dialog') as HTMLElement;
    expect(text(dialog)).toContain('The 46,265 people it added will be removed.');
    Array.from(dialog.querySelectorAll('button'))
      .find((candidate) => text(candidate) === 'Cancel')
      ?.click();
    await stable();
  });

  it('keeps the check button off while a field is mapped twice', async () => {
    await open();
    await chooseFile(new File(['Forename,Surname\r\n'], 'fair.csv', { type: 'text/csv' }));
    backend
      .expectOne('/api/v1/imports/applicants/preview')
      .flush({ ...PREVIEW, mapping: { ...PREVIEW.mapping, Notes: 'email' } });
    await stable();
    expect(text(element.querySelector('pw-import-mapping-step [role="alert"]'))).toContain(
      'Email is chosen for 2 columns (“E-mail”, “Notes”); keep one.',
    );
    expect(button('Check every row')?.disabled).toBe(true);
  });
});
