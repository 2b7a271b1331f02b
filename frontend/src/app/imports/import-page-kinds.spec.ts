import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ImportSummaryDto } from '@pathway/contracts';
import { IMPORT_TARGET, ImportTarget } from './import-kinds';
import { ImportPage } from './import-page';
import { ImportStore } from './import-store';

const EVENT = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const summary = (overrides: Partial<ImportSummaryDto>): ImportSummaryDto => ({
  id: 'i1',
  kind: 'applicants',
  event: null,
  fileName: 'list.csv',
  createdAt: '2026-11-20T10:00:00Z',
  createdBy: { id: 'u1', name: 'Jordan Ellis' },
  rows: 3,
  valid: 3,
  invalid: 0,
  duplicates: 0,
  created: 3,
  updated: 0,
  undoneAt: null,
  ...overrides,
});

describe('ImportPage by kind', () => {
  let fixture: ComponentFixture<ImportPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function open(target: ImportTarget, recent: ImportSummaryDto[] = []): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.overrideComponent(ImportPage, {
      set: { providers: [{ provide: IMPORT_TARGET, useValue: target }, ImportStore] },
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ImportPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    backend.expectOne({ method: 'GET', url: '/api/v1/imports' }).flush(recent);
    if (target.kind === 'attendees') {
      expect(text(element.querySelector('h1'))).toBe('Import attendees');
      backend.expectOne(`/api/v1/events/${EVENT}`).flush({ id: EVENT, title: 'Radiography open evening' });
    } else if (target.kind === 'students') {
      // The defaults offer the professions.
      backend.expectOne('/api/v1/professions').flush([{ code: 'podiatry', name: 'Podiatry' }]);
      backend.expectOne('/api/v1/users/directory').flush([]);
    }
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  it('titles an attendee import with its event and leads back to it', async () => {
    await open({ kind: 'attendees', eventId: EVENT });
    expect(text(element.querySelector('h1'))).toBe('Import attendees of Radiography open evening');
    const back = element.querySelector('a.back');
    expect(back?.getAttribute('href')).toBe(`/events/${EVENT}`);
    expect(text(back)).toContain('Radiography open evening');
  });

  it('titles a student import, leads back to the students, and says what each recent import brought in', async () => {
    await open({ kind: 'students' }, [
      summary({ kind: 'students', fileName: 'intake.csv' }),
      summary({ id: 'i2', kind: 'attendees', event: { id: EVENT, title: 'Careers fair' } }),
    ]);
    expect(text(element.querySelector('h1'))).toBe('Import students');
    expect(element.querySelector('a.back')?.getAttribute('href')).toBe('/students');
    const rows = Array.from(element.querySelectorAll('pw-recent-imports tr.mat-mdc-row')).map((row) =>
      text(row.querySelector('.mat-column-what')),
    );
    expect(rows).toEqual(['Students', 'Attendees of Careers fair']);
    const counts = Array.from(element.querySelectorAll('pw-recent-imports .mat-column-counts.mat-mdc-cell')).map(text);
    // Students are matched, never filled in.
    expect(counts).toEqual(['3 rows: 3 added, 0 rejected', '3 rows: 3 added, 0 filled in, 0 rejected']);
  });
});
