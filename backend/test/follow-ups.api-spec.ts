// ical.js 1.x is CommonJS without types.
const ICAL = require('ical.js');
import { bearer, startTestApp, TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('follow-ups (API)', () => {
  let t: TestApp;
  let officer: string;
  let officerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    officerId = (await t.http.get('/api/v1/auth/me').set(bearer(officer))).body.id;
  });
  afterAll(() => t.close());

  let counter = 0;
  const applicant = async (fields: Record<string, unknown> = {}) =>
    (await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Remy', lastName: `Caller${++counter}`, consentToContact: true, ...fields }).expect(201)).body;
  const plan = (applicantId: string, body: Record<string, unknown> = {}, token = officer) =>
    t.http.post('/api/v1/follow-ups').set(bearer(token)).send({ applicantId, type: 'call', dueAt: new Date(Date.now() + DAY).toISOString(), ...body });

  it('plans a follow-up for the caller by default, including one in the past', async () => {
    const person = await applicant();
    const created = await plan(person.id, { notes: 'Call after mock exams' }).expect(201);
    expect(created.body).toMatchObject({ assigneeId: officerId, assigneeName: 'Jordan Ellis', status: 'open', applicantName: person.firstName + ' ' + person.lastName, doNotContact: false, version: 1 });
    const missed = await plan(person.id, { dueAt: new Date(Date.now() - 2 * DAY).toISOString() }).expect(201);
    expect(missed.body.bucket).toBe('overdue');
    const bad = await t.http.post('/api/v1/follow-ups').set(bearer(officer)).send({ applicantId: person.id, type: 'carrier_pigeon', dueAt: 'soon' }).expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['dueAt', 'type']);
    await plan('00000000-0000-4000-8000-000000000000').expect(400);
    await plan(person.id, { assigneeId: (await t.http.get('/api/v1/auth/me').set(bearer(await t.tokenFor('coordinator')))).body.id }).expect(400);
    const toManager = await plan(person.id, { assigneeId: (await t.http.get('/api/v1/auth/me').set(bearer(await t.tokenFor('manager')))).body.id }).expect(400);
    expect(toManager.body.details).toEqual([{ field: 'assigneeId', message: 'must be an officer or admin who can act on follow-ups' }]);
  });

  it('buckets my open follow-ups into overdue, today, this week and later, and filters by them', async () => {
    const { body: mover } = await t.http.post('/api/v1/users').set(bearer(await t.tokenFor('admin'))).send({ email: 'bucket.officer@example.org', name: 'Bucket Officer', role: 'officer', password: 'bucket-officer-pass' }).expect(201);
    const token = (await t.http.post('/api/v1/auth/login').send({ email: mover.email, password: 'bucket-officer-pass' })).body.accessToken;
    const person = await applicant();
    const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    await plan(person.id, { dueAt: inMinutes(-60) }, token).expect(201);
    await plan(person.id, { dueAt: inMinutes(-60 * 24 * 3) }, token).expect(201);
    await plan(person.id, { dueAt: inMinutes(60 * 24 * 40) }, token).expect(201);
    const summary = (await t.http.get('/api/v1/follow-ups/summary').set(bearer(token)).expect(200)).body;
    expect(summary.overdue).toBe(2);
    expect(summary.later).toBe(1);
    const overdue = await t.http.get('/api/v1/follow-ups?assignee=me&due=overdue').set(bearer(token)).expect(200);
    expect(overdue.body.items.map((item: { bucket: string }) => item.bucket)).toEqual(['overdue', 'overdue']);
    expect(new Date(overdue.body.items[0].dueAt).getTime()).toBeLessThan(new Date(overdue.body.items[1].dueAt).getTime());
    const later = await t.http.get(`/api/v1/follow-ups?assignee=${mover.id}&due=later`).set(bearer(officer)).expect(200);
    expect(later.body.total).toBe(1);
    const everyone = (await t.http.get('/api/v1/follow-ups/summary?assignee=all').set(bearer(await t.tokenFor('manager'))).expect(200)).body;
    expect(everyone.overdue).toBeGreaterThanOrEqual(2);
    await t.http.get('/api/v1/follow-ups?due=yesterday').set(bearer(officer)).expect(400);
    await t.http.get('/api/v1/follow-ups?assignee=someone').set(bearer(officer)).expect(400);
  });

  it('completes with an outcome, reassigns, cancels, and refuses a stale version', async () => {
    const person = await applicant();
    const { body: followUp } = await plan(person.id).expect(201);
    const done = await t.http.patch(`/api/v1/follow-ups/${followUp.id}`).set(bearer(officer)).send({ version: 1, status: 'done', outcome: 'Sent the podiatry leaflet' }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', outcome: 'Sent the podiatry leaflet', bucket: null, version: 2 });
    expect(done.body.completedAt).not.toBeNull();
    expect((await t.http.patch(`/api/v1/follow-ups/${followUp.id}`).set(bearer(officer)).send({ version: 1, status: 'cancelled' }).expect(409)).body.code).toBe('stale_version');

    const { body: second } = await plan(person.id).expect(201);
    const adminId = (await t.http.get('/api/v1/auth/me').set(bearer(await t.tokenFor('admin')))).body.id;
    const reassigned = await t.http.patch(`/api/v1/follow-ups/${second.id}`).set(bearer(officer)).send({ version: 1, assigneeId: adminId }).expect(200);
    expect(reassigned.body.assigneeName).toBe('Alex Morgan');
    const cancelled = await t.http.patch(`/api/v1/follow-ups/${second.id}`).set(bearer(officer)).send({ version: 2, status: 'cancelled' }).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    await t.http.patch('/api/v1/follow-ups/00000000-0000-4000-8000-000000000000').set(bearer(officer)).send({ version: 1 }).expect(404);
  });

  it('cancels open contact follow-ups when consent is withdrawn, and refuses new ones', async () => {
    const person = await applicant();
    const { body: call } = await plan(person.id).expect(201);
    const { body: reminder } = await plan(person.id, { type: 'other', notes: 'Check with school' }).expect(201);
    await t.http.patch(`/api/v1/applicants/${person.id}`).set(bearer(officer)).send({ version: person.version, consentToContact: false }).expect(200);

    const after = await t.http.get(`/api/v1/follow-ups?applicantId=${person.id}`).set(bearer(officer));
    const byId = Object.fromEntries(after.body.items.map((item: { id: string }) => [item.id, item]));
    expect(byId[call.id]).toMatchObject({ status: 'cancelled', outcome: 'Cancelled: consent to contact was withdrawn', doNotContact: true });
    expect(byId[reminder.id].status).toBe('open');

    const refused = await plan(person.id, { type: 'email' }).expect(409);
    expect(refused.body.code).toBe('do_not_contact');
    expect(refused.body.message).toContain('withdrawn consent');
    await plan(person.id, { type: 'other' }).expect(201);
    await t.http.patch(`/api/v1/follow-ups/${call.id}`).set(bearer(officer)).send({ version: 2, status: 'open' }).expect(409);
  });

  it('exports my open follow-ups as iCalendar, and through a revocable feed address', async () => {
    const { body: user } = await t.http.post('/api/v1/users').set(bearer(await t.tokenFor('admin'))).send({ email: 'calendar.officer@example.org', name: 'Calendar Officer', role: 'officer', password: 'calendar-officer-pass' }).expect(201);
    const token = (await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'calendar-officer-pass' })).body.accessToken;
    const person = await applicant({ firstName: 'Ical', lastName: 'Person' });
    const due = new Date(Date.now() + 3 * DAY);
    due.setUTCMilliseconds(0);
    due.setUTCSeconds(0);
    await plan(person.id, { dueAt: due.toISOString(), type: 'meeting', notes: 'Meet at the library' }, token).expect(201);
    const { body: done } = await plan(person.id, {}, token).expect(201);
    await t.http.patch(`/api/v1/follow-ups/${done.id}`).set(bearer(token)).send({ version: 1, status: 'done' }).expect(200);

    const response = await t.http.get('/api/v1/follow-ups/calendar.ics').set(bearer(token)).expect(200).expect('content-type', /text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    const events = calendar.getAllSubcomponents('vevent').map((event: unknown) => new ICAL.Event(event));
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe('Meeting: Ical Person');
    expect(events[0].description).toBe('Meet at the library');
    expect(events[0].startDate.toJSDate().toISOString()).toBe(due.toISOString());

    const { body: feed } = await t.http.post('/api/v1/follow-ups/calendar-feed').set(bearer(token)).expect(201);
    expect(feed.url).toMatch(/\/api\/v1\/public\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    const path = new URL(feed.url).pathname;
    const fromFeed = await t.http.get(path).expect(200);
    expect(new ICAL.Component(ICAL.parse(fromFeed.text)).getAllSubcomponents('vevent')).toHaveLength(1);

    const { body: replacement } = await t.http.post('/api/v1/follow-ups/calendar-feed').set(bearer(token)).expect(201);
    await t.http.get(path).expect(404);
    await t.http.delete('/api/v1/follow-ups/calendar-feed').set(bearer(token)).expect(204);
    await t.http.get(new URL(replacement.url).pathname).expect(404);
    await t.http.get('/api/v1/public/calendar/nonsense').expect(404);
  });

  it('shows the next follow-up on the board card', async () => {
    const person = await applicant({ professionsOfInterest: ['dietetics'] });
    const due = new Date(Date.now() + 2 * DAY).toISOString();
    await plan(person.id, { dueAt: due }).expect(201);
    await plan(person.id, { dueAt: new Date(Date.now() + 9 * DAY).toISOString() }).expect(201);
    const board = await t.http.get('/api/v1/pipeline/board?profession=dietetics').set(bearer(officer)).expect(200);
    expect(board.body.columns[0].items[0]).toMatchObject({ id: person.id, nextFollowUpDueAt: due });
  });

  it('lets managers read but not plan; keeps coordinators out', async () => {
    const person = await applicant();
    const manager = await t.tokenFor('manager');
    await t.http.get('/api/v1/follow-ups').set(bearer(manager)).expect(200);
    await plan(person.id, {}, manager).expect(403);
    const coordinator = await t.tokenFor('coordinator');
    await t.http.get('/api/v1/follow-ups').set(bearer(coordinator)).expect(403);
    await t.http.get('/api/v1/follow-ups/calendar.ics').set(bearer(coordinator)).expect(403);
  });
});
