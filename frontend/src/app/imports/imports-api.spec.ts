import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ImportsApi } from './imports-api';

describe('ImportsApi', () => {
  let api: ImportsApi;
  let backend: HttpTestingController;
  const id = '0b6c3f9e-1111-4222-8333-444455556666';
  const file = new File(["First name,Surname\r\nAoife,O'Neil\r\n"], 'sign-up.csv', { type: 'text/csv' });
  const request = {
    target: { kind: 'applicants' as const },
    file,
    mapping: { 'First name': 'firstName' as const, Surname: 'lastName' as const, Notes: null },
    defaults: { source: 'event', consentToContact: true },
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ImportsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('previews by sending the file alone', () => {
    api.preview('applicants', file).subscribe();
    const sent = backend.expectOne({ method: 'POST', url: '/api/v1/imports/applicants/preview' });
    const body = sent.request.body as FormData;
    expect((body.get('file') as File).name).toBe('sign-up.csv');
    expect([...body.keys()]).toEqual(['file']);
    sent.flush({ headers: [], mapping: {}, sampleRows: [], rows: 0 });
  });

  it('checks as a dry run with the mapping and defaults as JSON', () => {
    api.check(request).subscribe();
    const sent = backend.expectOne((candidate) => candidate.url === '/api/v1/imports/applicants');
    expect(sent.request.method).toBe('POST');
    expect(sent.request.params.get('dryRun')).toBe('true');
    const body = sent.request.body as FormData;
    expect((body.get('file') as File).name).toBe('sign-up.csv');
    expect(JSON.parse(body.get('mapping') as string)).toEqual(request.mapping);
    expect(JSON.parse(body.get('defaults') as string)).toEqual(request.defaults);
    sent.flush({});
  });

  it('runs the import for real, reporting upload progress', () => {
    const types: HttpEventType[] = [];
    api.run(request).subscribe((event) => types.push(event.type));
    const sent = backend.expectOne((candidate) => candidate.url === '/api/v1/imports/applicants');
    expect(sent.request.params.get('dryRun')).toBe('false');
    expect(sent.request.reportProgress).toBe(true);
    sent.event({ type: HttpEventType.UploadProgress, loaded: 10, total: 20 });
    sent.flush({ importId: id });
    expect(types).toContain(HttpEventType.UploadProgress);
    expect(types).toContain(HttpEventType.Response);
  });

  it.each([
    ['attendees', '/api/v1/imports/attendees/preview'],
    ['students', '/api/v1/imports/students/preview'],
  ] as const)('previews %s at their own address', (kind, url) => {
    api.preview(kind, file).subscribe();
    backend.expectOne({ method: 'POST', url }).flush({ headers: [], mapping: {}, sampleRows: [], rows: 0 });
  });

  it("sends an attendee import to the event's address, dry run or not", () => {
    const eventId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    const attendees = { ...request, target: { kind: 'attendees' as const, eventId } };
    api.check(attendees).subscribe();
    const checked = backend.expectOne((candidate) => candidate.url === '/api/v1/imports/attendees');
    expect(checked.request.params.get('eventId')).toBe(eventId);
    expect(checked.request.params.get('dryRun')).toBe('true');
    checked.flush({});
    api.run(attendees).subscribe();
    const ran = backend.expectOne((candidate) => candidate.url === '/api/v1/imports/attendees');
    expect(ran.request.params.get('eventId')).toBe(eventId);
    expect(ran.request.params.get('dryRun')).toBe('false');
    ran.flush({});
  });

  it('sends a student import with its defaults and no event', () => {
    const students = {
      ...request,
      target: { kind: 'students' as const },
      mapping: { Forename: 'firstName' as const, Surname: 'lastName' as const, Programme: 'profession' as const },
      defaults: { route: 'bsc', cohort: 2026 },
    };
    api.check(students).subscribe();
    const sent = backend.expectOne((candidate) => candidate.url === '/api/v1/imports/students');
    expect(sent.request.params.keys()).toEqual(['dryRun']);
    expect(JSON.parse((sent.request.body as FormData).get('defaults') as string)).toEqual({
      route: 'bsc',
      cohort: 2026,
    });
    sent.flush({});
  });

  it.each([
    ['recent', () => api.recent(), 'GET', '/api/v1/imports'],
    ['undo', () => api.undo(id), 'POST', `/api/v1/imports/${id}/undo`],
  ])('%s calls %s %s', (_name, call, method, url) => {
    call().subscribe();
    backend.expectOne({ method, url }).flush({});
  });

  it('fetches the rejected rows as a file', () => {
    api.rejectedRows(id).subscribe();
    const sent = backend.expectOne({ method: 'GET', url: `/api/v1/imports/${id}/rejected.csv` });
    expect(sent.request.responseType).toBe('blob');
    sent.flush(new Blob(['a,errors\n']));
  });
});
