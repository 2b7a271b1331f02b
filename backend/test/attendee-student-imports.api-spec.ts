import { parse } from 'csv-parse/sync';
import { AttendeeDto, ImportReportDto, ImportSummaryDto, Page, StudentDto } from '@pathway/contracts';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** A ticketing site's attendee export: its own headers, a booking time, a check-in column and one bad row. */
const TICKETS = [
  'First Name,Last Name,Email,Registered,Checked In',
  'Priya,Attender,priya.attender@example.org,2026-03-01 18:30,Yes',
  'Tom,Noshow,tom.noshow@example.org,01/03/2026,No',
  'Dana,Existing,DANA.EXISTING@example.org,2026-03-02T09:00:00Z,2026-03-10 10:05',
  'Bad,Row,bad@example.org,next week,maybe',
  'Priya,Attender,priya.attender@example.org,2026-03-01 18:30,Yes',
].join('\r\n');

/** A university's enrolment list: programme names rather than codes, routes as written, one withdrawn student. */
const ENROLMENTS = [
  'Forename,Surname,Email,Programme,Mode of study,Intake,University,Status',
  'Sam,Student,sam.student@example.org,Podiatry,BSc (Hons),2026,University of Leeds,Active',
  'Ola,Orthoptist,ola@example.org,orthoptics,Apprenticeship,2025,,',
  'Lee,Linked,lee.linked@example.org,Therapeutic radiography,MSc,2026,,active',
  'Wes,Withdrawn,wes@example.org,Podiatry,BSc,2026,,Withdrawn',
  'Una,Unknown,una@example.org,Astrology,BSc,2026,,',
].join('\n');

describe('attendee and student imports (API)', () => {
  let t: TestApp;
  let officer: string;
  let coordinator: string;
  let eventId: string;
  let existingId: string;
  let linkedId: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    coordinator = await t.tokenFor('coordinator');
    const person = (body: object) => t.http.post('/api/v1/applicants').set(bearer(officer)).send(body).expect(201);
    existingId = (await person({ firstName: 'Dana', lastName: 'Existing', email: 'dana.existing@example.org' })).body
      .id;
    linkedId = (await person({ firstName: 'Lee', lastName: 'Linked', email: 'lee.linked@example.org' })).body.id;
    eventId = (
      await t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({
          title: 'Radiography open evening',
          type: 'open_day',
          format: 'in_person',
          startsAt: '2026-03-10T17:00:00Z',
          endsAt: '2026-03-10T20:00:00Z',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const upload = (path: string, content: string, token: string, fields: Record<string, object> = {}) => {
    const request = t.http
      .post(path)
      .set(bearer(token))
      .attach('file', Buffer.from(content, 'utf8'), { filename: 'list.csv', contentType: 'text/csv' });
    for (const [name, value] of Object.entries(fields)) request.field(name, JSON.stringify(value));
    return request;
  };
  const attendees = async () =>
    (
      (await t.http.get(`/api/v1/events/${eventId}/attendees?pageSize=100`).set(bearer(officer)).expect(200))
        .body as Page<AttendeeDto>
    ).items;

  it("guesses an attendee export's columns, and needs the event", async () => {
    const preview = await upload('/api/v1/imports/attendees/preview', TICKETS, officer).expect(200);
    expect(preview.body.mapping).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      Registered: 'registeredAt',
      'Checked In': 'checkedIn',
    });
    const missing = await upload('/api/v1/imports/attendees', TICKETS, officer).expect(400);
    expect(missing.body.details).toEqual([
      { field: 'eventId', message: 'is required: the event these people attended' },
    ]);
    await upload(`/api/v1/imports/attendees?eventId=${existingId}`, TICKETS, officer).expect(400);
  });

  it('registers attendees for the event: new people created, existing ones matched, each once', async () => {
    const dryRun: ImportReportDto = (
      await upload(`/api/v1/imports/attendees?eventId=${eventId}&dryRun=true`, TICKETS, officer).expect(200)
    ).body;
    expect(dryRun).toMatchObject({ rows: 5, valid: 4, toCreate: 2, duplicates: 2, toUpdate: 0, attendances: 3 });
    expect(dryRun.invalid).toEqual([
      {
        row: 5,
        errors: [
          { field: 'registeredAt', message: 'must be a date, or a date and time' },
          { field: 'checkedIn', message: 'must be yes or no, or the time they arrived' },
        ],
      },
    ]);
    expect(await attendees()).toEqual([]);

    const report: ImportReportDto = (
      await upload(`/api/v1/imports/attendees?eventId=${eventId}`, TICKETS, officer).expect(200)
    ).body;
    expect(report).toMatchObject({ created: 2, duplicates: 2, attendances: 3 });
    const byName = new Map((await attendees()).map((attendee) => [attendee.lastName, attendee]));
    expect([...byName.keys()].sort()).toEqual(['Attender', 'Existing', 'Noshow']);
    expect(byName.get('Attender')).toMatchObject({ how: 'imported', registeredAt: '2026-03-01T18:30:00.000Z' });
    expect(byName.get('Attender')?.checkedInAt).not.toBeNull();
    expect(byName.get('Noshow')?.checkedInAt).toBeNull();
    expect(byName.get('Existing')).toMatchObject({ applicantId: existingId, checkedInAt: '2026-03-10T10:05:00.000Z' });

    // New people came through the event: its source and the booking as first contact.
    const priya = (
      await t.http
        .get(`/api/v1/applicants/${byName.get('Attender')?.applicantId}`)
        .set(bearer(officer))
        .expect(200)
    ).body;
    expect(priya).toMatchObject({ source: 'event', eventId, firstContactAt: '2026-03-01T18:30:00.000Z' });

    // Importing the same file again registers nobody twice.
    const again: ImportReportDto = (
      await upload(`/api/v1/imports/attendees?eventId=${eventId}`, TICKETS, officer).expect(200)
    ).body;
    expect(again).toMatchObject({ created: 0, attendances: 0 });
    expect(await attendees()).toHaveLength(3);

    const listed = (
      (await t.http.get('/api/v1/imports').set(bearer(officer)).expect(200)).body as ImportSummaryDto[]
    )[1];
    expect(listed).toMatchObject({ kind: 'attendees', event: { id: eventId, title: 'Radiography open evening' } });

    // Undo removes the registrations and the people it created, and leaves the person it only matched.
    const undone = await t.http.post(`/api/v1/imports/${report.importId}/undo`).set(bearer(officer)).expect(200);
    expect(undone.body).toEqual({ id: report.importId, removed: 2 });
    expect(await attendees()).toEqual([]);
    await t.http.get(`/api/v1/applicants/${existingId}`).set(bearer(officer)).expect(200);
  });

  it('imports students, linking an applicant with the same email, and refuses withdrawn or unknown rows', async () => {
    const preview = await upload('/api/v1/imports/students/preview', ENROLMENTS, coordinator).expect(200);
    expect(preview.body.mapping).toMatchObject({ Programme: 'profession', 'Mode of study': 'route', Intake: 'cohort' });

    const report: ImportReportDto = (await upload('/api/v1/imports/students', ENROLMENTS, coordinator).expect(200))
      .body;
    expect(report).toMatchObject({ rows: 5, valid: 3, created: 3, duplicates: 0 });
    expect(report.invalid.map((problem) => [problem.row, problem.errors.map((error) => error.field)])).toEqual([
      [5, ['status']],
      [6, ['profession']],
    ]);
    const students = (
      (await t.http.get('/api/v1/students?pageSize=100').set(bearer(coordinator)).expect(200))
        .body as Page<StudentDto>
    ).items;
    const byName = new Map(students.map((student) => [student.lastName, student]));
    expect(byName.get('Student')).toMatchObject({
      profession: 'podiatry',
      route: 'bsc',
      cohort: 2026,
      educationProvider: 'University of Leeds',
      status: 'active',
    });
    expect(byName.get('Orthoptist')).toMatchObject({ route: 'degree_apprenticeship', cohort: 2025 });
    expect(byName.get('Linked')).toMatchObject({ applicantId: linkedId, route: 'msc_pre_registration' });

    // The same list again adds nobody; a default fills a column the file lacks.
    const again = await upload('/api/v1/imports/students', ENROLMENTS, coordinator).expect(200);
    expect(again.body).toMatchObject({ created: 0, duplicates: 3 });
    const noCohort = 'Forename,Surname,Programme,Mode of study\nNia,New,Podiatry,BSc\n';
    expect((await upload('/api/v1/imports/students', noCohort, coordinator).expect(400)).body.details).toEqual([
      { field: 'mapping', message: 'must map a column to cohort' },
    ]);
    const withDefault = await upload('/api/v1/imports/students', noCohort, coordinator, {
      defaults: { cohort: 2027 },
    }).expect(200);
    expect(withDefault.body).toMatchObject({ created: 1 });

    const rejected = await t.http
      .get(`/api/v1/imports/${report.importId}/rejected.csv`)
      .set(bearer(coordinator))
      .expect(200);
    expect((parse(rejected.text, { bom: true }) as string[][]).map((row) => row[1])).toEqual([
      'Surname',
      'Withdrawn',
      'Unknown',
    ]);
  });

  it('keeps each role to its own kinds of import', async () => {
    await upload('/api/v1/imports/students', ENROLMENTS, officer).expect(403);
    await upload(`/api/v1/imports/attendees?eventId=${eventId}`, TICKETS, coordinator).expect(403);
    const seen = (await t.http.get('/api/v1/imports').set(bearer(coordinator)).expect(200)).body as ImportSummaryDto[];
    expect(new Set(seen.map((item) => item.kind))).toEqual(new Set(['students']));
    const officers = (await t.http.get('/api/v1/imports').set(bearer(officer)).expect(200)).body as ImportSummaryDto[];
    expect(officers.some((item) => item.kind === 'students')).toBe(false);
    const studentImport = seen[0];
    await t.http.post(`/api/v1/imports/${studentImport.id}/undo`).set(bearer(officer)).expect(404);
    await t.http.post(`/api/v1/imports/${studentImport.id}/undo`).set(bearer(coordinator)).expect(200);
  });
});
