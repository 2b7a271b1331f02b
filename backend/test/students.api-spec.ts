import { bearer, startTestApp, TestApp } from './support/test-app';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('students, sites and placements (API)', () => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.tokenFor('coordinator');
  });
  afterAll(() => t.close());

  const student = async (fields: Record<string, unknown> = {}) =>
    (await t.http.post('/api/v1/students').set(bearer(coordinator)).send({ firstName: 'Ava', lastName: 'Student', profession: 'orthoptics', route: 'bsc', cohort: 2026, ...fields }).expect(201)).body;

  it('creates a student and keeps every status change, asking a reason for withdrawal', async () => {
    const created = await student({ email: 'Ava.Student@uni.example.org', educationProvider: 'University of Northshire' });
    expect(created).toMatchObject({ status: 'active', email: 'ava.student@uni.example.org', version: 1, withdrawalReason: null });
    expect(created.statusHistory).toEqual([expect.objectContaining({ from: null, to: 'active' })]);

    const noReason = await t.http.patch(`/api/v1/students/${created.id}`).set(bearer(coordinator)).send({ version: 1, status: 'withdrawn' }).expect(400);
    expect(noReason.body.details).toEqual([{ field: 'withdrawalReason', message: 'is required when a student withdraws' }]);
    await t.http.patch(`/api/v1/students/${created.id}`).set(bearer(coordinator)).send({ version: 1, status: 'interrupted', statusNote: 'Health leave for a term' }).expect(200);
    const withdrawn = await t.http.patch(`/api/v1/students/${created.id}`).set(bearer(coordinator)).send({ version: 2, status: 'withdrawn', withdrawalReason: 'financial' }).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawalReason: 'financial', version: 3 });
    expect(withdrawn.body.statusHistory.map((change: { from: string | null; to: string }) => `${change.from}>${change.to}`)).toEqual(['interrupted>withdrawn', 'active>interrupted', 'null>active']);
    expect(withdrawn.body.statusHistory[1].note).toBe('Health leave for a term');
    const back = await t.http.patch(`/api/v1/students/${created.id}`).set(bearer(coordinator)).send({ version: 3, status: 'active' }).expect(200);
    expect(back.body.withdrawalReason).toBeNull();
    await t.http.patch(`/api/v1/students/${created.id}`).set(bearer(coordinator)).send({ version: 3, status: 'completed' }).expect(409);
  });

  it('refuses bad input with field messages', async () => {
    const bad = await t.http.post('/api/v1/students').set(bearer(coordinator)).send({ firstName: '', lastName: 'X', profession: 'astrology', route: 'phd', cohort: 'next year' }).expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['cohort', 'firstName', 'route']);
    const unknown = await t.http.post('/api/v1/students').set(bearer(coordinator)).send({ firstName: 'A', lastName: 'B', profession: 'astrology', route: 'bsc', cohort: 2026 }).expect(400);
    expect(unknown.body.details).toEqual([{ field: 'profession', message: 'has unknown professions: astrology' }]);
  });

  it('keeps students to coordinators and admins; managers get aggregates only', async () => {
    await t.http.get('/api/v1/students').set(bearer(coordinator)).expect(200);
    await t.http.get('/api/v1/students').set(bearer(await t.tokenFor('admin'))).expect(200);
    await t.http.get('/api/v1/students').set(bearer(await t.tokenFor('manager'))).expect(403);
    await t.http.get('/api/v1/students').set(bearer(await t.tokenFor('officer'))).expect(403);
    await t.http.get('/api/v1/placements').set(bearer(await t.tokenFor('manager'))).expect(403);
  });

  it('turns an applicant who reaches enrolled into a student, once, asking the profession when they had several', async () => {
    const officer = await t.tokenFor('officer');
    const { body: single } = await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Enrol', lastName: 'Single', email: 'enrol.single@example.org', professionsOfInterest: ['podiatry'] }).expect(201);
    await t.http.post(`/api/v1/applicants/${single.id}/stage`).set(bearer(officer)).send({ stage: 'enrolled' }).expect(200);
    const found = await t.http.get('/api/v1/students?search=single').set(bearer(coordinator)).expect(200);
    expect(found.body.items).toEqual([expect.objectContaining({ applicantId: single.id, profession: 'podiatry', status: 'active', email: 'enrol.single@example.org' })]);

    const { body: several } = await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Enrol', lastName: 'Several', professionsOfInterest: ['podiatry', 'orthoptics'] }).expect(201);
    const ask = await t.http.post(`/api/v1/applicants/${several.id}/stage`).set(bearer(officer)).send({ stage: 'enrolled' }).expect(400);
    expect(ask.body.details[0].field).toBe('profession');
    expect((await t.http.get(`/api/v1/applicants/${several.id}`).set(bearer(officer))).body.stage).toBe('enquiry');
    await t.http.post('/api/v1/pipeline/move').set(bearer(officer)).send({ applicantId: several.id, stage: 'enrolled', profession: 'orthoptics' }).expect(200);
    const second = await t.http.get('/api/v1/students?search=several').set(bearer(coordinator)).expect(200);
    expect(second.body.items).toEqual([expect.objectContaining({ applicantId: several.id, profession: 'orthoptics' })]);

    // Moving back and enrolling again does not create a second student.
    await t.http.post(`/api/v1/applicants/${several.id}/stage`).set(bearer(officer)).send({ stage: 'offer', reason: 'Deferred a year' }).expect(200);
    await t.http.post(`/api/v1/applicants/${several.id}/stage`).set(bearer(officer)).send({ stage: 'enrolled', profession: 'orthoptics' }).expect(200);
    expect((await t.http.get('/api/v1/students?search=several').set(bearer(coordinator))).body.total).toBe(1);
  });

  it('creates sites and placements and lists them by site, current and ending soon', async () => {
    const { body: site } = await t.http.post('/api/v1/placement-sites').set(bearer(coordinator)).send({ name: 'Eye clinic, Northshire General', organisation: 'Northshire NHS Foundation Trust', region: 'north_east', professions: ['orthoptics'] }).expect(201);
    expect(site).toMatchObject({ name: 'Eye clinic, Northshire General', professions: ['orthoptics'] });
    const s = await student({ lastName: 'Placed' });
    const current = await t.http.post('/api/v1/placements').set(bearer(coordinator)).send({ studentId: s.id, siteId: site.id, startsOn: day(-10), endsOn: day(5), yearOfStudy: 2, practiceEducator: 'Dr Lee' }).expect(201);
    expect(current.body).toMatchObject({ studentName: 'Ava Placed', siteName: 'Eye clinic, Northshire General', profession: 'orthoptics', cohort: 2026, yearOfStudy: 2 });
    const next = await t.http.post('/api/v1/placements').set(bearer(coordinator)).send({ studentId: s.id, siteId: site.id, startsOn: day(30), endsOn: day(60), yearOfStudy: 2 }).expect(201);
    const ids = async (query: string) => (await t.http.get(`/api/v1/placements?siteId=${site.id}&${query}`).set(bearer(coordinator)).expect(200)).body.items.map((item: { id: string }) => item.id);
    // Newest start first unless asked otherwise.
    expect(await ids('')).toEqual([next.body.id, current.body.id]);
    expect(await ids('sort=endsOn')).toEqual([current.body.id, next.body.id]);
    const badSort = await t.http.get('/api/v1/placements?sort=practiceEducator').set(bearer(coordinator)).expect(400);
    expect(badSort.body.details[0].field).toBe('sort');
    expect(await ids('current=true')).toEqual([current.body.id]);
    expect(await ids('endingWithinDays=7')).toEqual([current.body.id]);
    expect(await ids('cohort=2025')).toEqual([]);

    const backwards = await t.http.post('/api/v1/placements').set(bearer(coordinator)).send({ studentId: s.id, siteId: site.id, startsOn: day(10), endsOn: day(5), yearOfStudy: 2 }).expect(400);
    expect(backwards.body.details).toEqual([{ field: 'endsOn', message: 'must not be before startsOn' }]);
    const unknown = await t.http.post('/api/v1/placements').set(bearer(coordinator)).send({ studentId: '00000000-0000-4000-8000-000000000000', siteId: '00000000-0000-4000-8000-000000000000', startsOn: day(1), endsOn: day(2), yearOfStudy: 9 }).expect(400);
    expect(unknown.body.details).toEqual([{ field: 'yearOfStudy', message: 'must not be greater than 5' }]);
  });
});
