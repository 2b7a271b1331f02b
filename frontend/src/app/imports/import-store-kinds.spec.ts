import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ImportPreviewDto, ImportReportDto } from '@pathway/contracts';
import { of } from 'rxjs';
import { IMPORT_TARGET, ImportTarget } from './import-kinds';
import { ImportStore } from './import-store';

const IMPORT_ID = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const EVENT = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const CAMPAIGN = '6b1f3c2e-8d4a-4f0e-9a57-2c9d1e4b7a10';

const ENROLMENT_PREVIEW: ImportPreviewDto = {
  headers: ['Forename', 'Surname', 'Programme', 'Mode of study', 'Status'],
  mapping: {
    Forename: 'firstName',
    Surname: 'lastName',
    Programme: 'profession',
    'Mode of study': 'route',
    Status: 'status',
  },
  sampleRows: [['Sam', 'Student', 'Podiatry', 'BSc (Hons)', 'Active']],
  rows: 2,
};
const TICKETS_PREVIEW: ImportPreviewDto = {
  headers: ['First Name', 'Last Name', 'Registered', 'Checked In'],
  mapping: {
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Registered: 'registeredAt',
    'Checked In': 'checkedIn',
  },
  sampleRows: [['Priya', 'Attender', '2026-03-01 18:30', 'Yes']],
  rows: 1,
};
const REPORT: ImportReportDto = {
  importId: null,
  dryRun: true,
  rows: 2,
  valid: 2,
  invalid: [],
  duplicates: 0,
  toCreate: 2,
  toUpdate: 0,
  created: 0,
  updated: 0,
};

describe('ImportStore by kind', () => {
  let store: ImportStore;
  let backend: HttpTestingController;
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(true) })) };
  const snackBar = { open: jest.fn() };

  function setUp(target: ImportTarget): void {
    dialog.open.mockClear();
    snackBar.open.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        ImportStore,
        { provide: IMPORT_TARGET, useValue: target },
        { provide: MatDialog, useValue: dialog },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    store = TestBed.inject(ImportStore);
    backend = TestBed.inject(HttpTestingController);
    TestBed.tick();
    backend.expectOne({ method: 'GET', url: '/api/v1/imports' }).flush([]);
  }

  async function previewed(kind: string, preview: ImportPreviewDto): Promise<void> {
    const reading = store.chooseFile(new File(['a,b\n'], 'list.csv', { type: 'text/csv' }));
    backend.expectOne(`/api/v1/imports/${kind}/preview`).flush(preview);
    expect(await reading).toBe(true);
  }

  afterEach(() => backend.verify());

  describe('students', () => {
    beforeEach(() => setUp({ kind: 'students' }));

    it('needs a cohort from a column or a default before checking', async () => {
      await previewed('students', ENROLMENT_PREVIEW);
      expect(store.config.fields).toContain('cohort');
      expect(store.mappingProblems()).toEqual([
        'Choose the column that holds the cohort (intake year), or set it below for every row.',
      ]);
      expect(await store.check()).toBe(false);
      backend.expectNone('/api/v1/imports/students');

      store.defaultsForm.patchValue({ cohort: 2026 });
      expect(store.mappingProblems()).toEqual([]);
      store.setMapping('Programme', null);
      expect(store.mappingProblems()).toEqual([
        'Choose the column that holds the profession, or set it below for every row.',
      ]);
      store.defaultsForm.patchValue({ profession: 'podiatry' });
      expect(store.mappingProblems()).toEqual([]);
    });

    it('sends only the student defaults given, to the students address', async () => {
      await previewed('students', ENROLMENT_PREVIEW);
      store.defaultsForm.patchValue({
        cohort: 2026,
        educationProvider: '  University of Leeds ',
        consentToContact: true,
        source: 'event',
      });
      const checking = store.check();
      const sent = backend.expectOne((request) => request.url === '/api/v1/imports/students');
      expect(sent.request.params.get('dryRun')).toBe('true');
      expect(sent.request.params.has('eventId')).toBe(false);
      expect(JSON.parse((sent.request.body as FormData).get('defaults') as string)).toEqual({
        cohort: 2026,
        educationProvider: 'University of Leeds',
      });
      sent.flush(REPORT);
      expect(await checking).toBe(true);
    });

    it('does not take a cohort that is not a whole year', () => {
      store.defaultsForm.patchValue({ cohort: 2026.5 });
      expect(store.defaultsForm.invalid).toBe(true);
      expect(store.defaults()).toEqual({});
    });

    it('speaks of students when undoing', async () => {
      const undoing = store.undo({ id: IMPORT_ID, kind: 'students', fileName: 'intake.csv', created: 3 });
      await Promise.resolve();
      expect(dialog.open).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({
          data: expect.objectContaining({ message: expect.stringMatching(/^The 3 students it added will be removed/) }),
        }),
      );
      backend.expectOne(`/api/v1/imports/${IMPORT_ID}/undo`).flush({ id: IMPORT_ID, removed: 1 });
      expect(await undoing).toBe(true);
      expect(snackBar.open).toHaveBeenCalledWith('Import undone: 1 student removed', 'Dismiss', expect.anything());
      TestBed.tick();
      backend.expectOne('/api/v1/imports').flush([]);
    });
  });

  describe('attendees', () => {
    beforeEach(() => setUp({ kind: 'attendees', eventId: EVENT }));

    it("imports into the page's event, never an event default", async () => {
      await previewed('attendees', TICKETS_PREVIEW);
      expect(store.config.fields).toEqual(expect.arrayContaining(['registeredAt', 'checkedIn']));
      store.defaultsForm.patchValue({ campaignId: CAMPAIGN, consentToContact: true, cohort: 2026 });
      store.defaultsForm.controls.event.setValue({ id: 'other', title: 'Other', startsAt: null, campaignId: null });
      const checking = store.check();
      const sent = backend.expectOne((request) => request.url === '/api/v1/imports/attendees');
      expect(sent.request.params.get('eventId')).toBe(EVENT);
      expect(JSON.parse((sent.request.body as FormData).get('defaults') as string)).toEqual({
        source: 'event',
        campaignId: CAMPAIGN,
        consentToContact: true,
      });
      sent.flush({ ...REPORT, attendances: 1 });
      expect(await checking).toBe(true);
      expect(store.report()?.attendances).toBe(1);
    });
  });
});
