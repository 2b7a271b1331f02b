import { bearer, startTestApp, TestApp } from './support/test-app';

const HOUR = 3_600_000;

describe('campaigns, events and attendees (API)', () => {
  let t: TestApp;
  let officer: string;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    manager = await t.tokenFor('manager');
  });
  afterAll(() => t.close());

  const campaign = async (fields: Record<string, unknown> = {}) =>
    (await t.http.post('/api/v1/campaigns').set(bearer(manager)).send({ name: 'Schools autumn push', startsOn: '2026-09-01', endsOn: '2027-07-31', budget: 250000, targets: { events: 2, youngPeople: 100, seriousConversations: 1, applications: 1 }, ...fields }).expect(201)).body;
  const event = async (fields: Record<string, unknown> = {}) =>
    (
      await t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({ title: 'Careers fair at Northfield', type: 'careers_fair', format: 'in_person', startsAt: new Date(Date.now() + 24 * HOUR).toISOString(), endsAt: new Date(Date.now() + 27 * HOUR).toISOString(), ...fields })
        .expect(201)
    ).body;

  it('creates a campaign (managers and admins only) and refuses bad dates and targets', async () => {
    const created = await campaign();
    expect(created).toMatchObject({ budget: 250000, targets: { events: 2, youngPeople: 100, educators: null }, progress: { events: 0, youngPeople: 0, seriousConversations: 0, applications: 0 }, version: 1 });
    await t.http.post('/api/v1/campaigns').set(bearer(officer)).send({ name: 'Nope', startsOn: '2026-01-01', endsOn: '2026-02-01' }).expect(403);
    const bad = await t.http.post('/api/v1/campaigns').set(bearer(manager)).send({ name: 'Bad', startsOn: '2026-13-01', endsOn: '2026-02-01', targets: { events: -1, youngPeople: 2.5 } }).expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['startsOn', 'targets.events', 'targets.youngPeople']);
    const backwards = await t.http.post('/api/v1/campaigns').set(bearer(manager)).send({ name: 'Backwards', startsOn: '2026-05-01', endsOn: '2026-04-01' }).expect(400);
    expect(backwards.body.details).toEqual([{ field: 'endsOn', message: 'must be on or after startsOn' }]);
    const renamed = await t.http.patch(`/api/v1/campaigns/${created.id}`).set(bearer(manager)).send({ version: 1, name: 'Schools push', targets: { educators: 20 } }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Schools push', version: 2, targets: { educators: 20, events: 2 } });
    await t.http.patch(`/api/v1/campaigns/${created.id}`).set(bearer(manager)).send({ version: 1, name: 'Stale' }).expect(409);
    await t.http.get('/api/v1/campaigns').set(bearer(officer)).expect(200);
    await t.http.get('/api/v1/campaigns').set(bearer(await t.tokenFor('coordinator'))).expect(403);
  });

  it('creates an event with a public address and checks its numbers', async () => {
    const { body: host } = await t.http.post('/api/v1/organisations').set(bearer(officer)).send({ name: 'Northfield Academy', kind: 'school' }).expect(201);
    const created = await event({ hostOrganisationId: host.id, professions: ['podiatry', 'orthoptics'], youngPeople: 120, educators: 6, leafletsDistributed: 200, leafletsTaken: 150 });
    expect(created).toMatchObject({ hostOrganisationName: 'Northfield Academy', professions: ['orthoptics', 'podiatry'], attendeeCount: 0, registrationOpen: true });
    expect(created.slug).toMatch(/^careers-fair-at-northfield-[0-9a-f]{6}$/);
    expect(created.registrationUrl).toBe(`${t.config.publicUrl}/register/${created.slug}`);

    const bad = await t.http
      .post('/api/v1/events')
      .set(bearer(officer))
      .send({ title: 'B', type: 'party', format: 'hybrid', startsAt: 'tomorrow', endsAt: '2026-01-01T00:00:00Z', youngPeople: -3, educators: 1.5 })
      .expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['educators', 'format', 'startsAt', 'title', 'type', 'youngPeople']);
    const backwards = await t.http.post('/api/v1/events').set(bearer(officer)).send({ title: 'Backwards', type: 'webinar', format: 'virtual', startsAt: '2026-03-02T10:00:00Z', endsAt: '2026-03-02T09:00:00Z' }).expect(400);
    expect(backwards.body.details).toEqual([{ field: 'endsAt', message: 'must not be before startsAt' }]);
    const leaflets = await t.http.patch(`/api/v1/events/${created.id}`).set(bearer(officer)).send({ version: 1, leafletsTaken: 201 }).expect(400);
    expect(leaflets.body.details).toEqual([{ field: 'leafletsTaken', message: 'must not be more than leafletsDistributed' }]);
    const unknown = await t.http.post('/api/v1/events').set(bearer(officer)).send({ title: 'Unknown refs', type: 'webinar', format: 'virtual', startsAt: '2026-03-02T10:00:00Z', endsAt: '2026-03-02T11:00:00Z', professions: ['juggling'], hostOrganisationId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(unknown.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['hostOrganisationId', 'professions']);
    await t.http.post('/api/v1/events').set(bearer(manager)).send({ title: 'Managers read only', type: 'webinar', format: 'virtual', startsAt: '2026-03-02T10:00:00Z', endsAt: '2026-03-02T11:00:00Z' }).expect(403);
  });

  it('lists events with filters for dates, type, campaign, profession and upcoming or past', async () => {
    const c = await campaign({ name: 'Webinar series' });
    const past = await event({ title: 'Past webinar on orthoptics', type: 'webinar', format: 'virtual', campaignId: c.id, professions: ['orthoptics'], startsAt: '2026-01-10T18:00:00Z', endsAt: '2026-01-10T19:00:00Z' });
    const future = await event({ title: 'Future webinar on orthoptics', type: 'webinar', format: 'virtual', campaignId: c.id, professions: ['orthoptics'] });
    const ids = async (query: string) => (await t.http.get(`/api/v1/events?campaignId=${c.id}&${query}`).set(bearer(officer)).expect(200)).body.items.map((item: { id: string }) => item.id);
    expect(await ids('')).toEqual([future.id, past.id]);
    expect(await ids('when=upcoming')).toEqual([future.id]);
    expect(await ids('when=past')).toEqual([past.id]);
    expect(await ids('from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z')).toEqual([past.id]);
    expect(await ids('type=careers_fair')).toEqual([]);
    expect(await ids('profession=orthoptics&search=past')).toEqual([past.id]);
    await t.http.get('/api/v1/events?when=soon').set(bearer(officer)).expect(400);
  });

  it('adds existing and new attendees once each, checks them in singly and in bulk, and removes one', async () => {
    const c = await campaign({ name: 'Attendance campaign' });
    const e = await event({ campaignId: c.id });
    const { body: known } = await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Known', lastName: 'Person' }).expect(201);
    await t.http.post(`/api/v1/events/${e.id}/attendees`).set(bearer(officer)).send({ applicantId: known.id }).expect(201);
    const twice = await t.http.post(`/api/v1/events/${e.id}/attendees`).set(bearer(officer)).send({ applicantId: known.id }).expect(409);
    expect(twice.body.details).toEqual([{ field: 'applicantId', message: 'is already an attendee' }]);

    const { body: added } = await t.http.post(`/api/v1/events/${e.id}/attendees`).set(bearer(officer)).send({ applicant: { firstName: 'New', lastName: 'Face', email: 'new.face@example.org' } }).expect(201);
    const { body: newcomer } = await t.http.get(`/api/v1/applicants/${added.applicantId}`).set(bearer(officer));
    expect(newcomer).toMatchObject({ source: 'event', eventId: e.id, campaignId: c.id });
    const dupe = await t.http.post(`/api/v1/events/${e.id}/attendees`).set(bearer(officer)).send({ applicant: { firstName: 'Again', lastName: 'Face', email: 'NEW.FACE@example.org' } }).expect(409);
    expect(dupe.body.code).toBe('duplicate_applicant');
    await t.http.post(`/api/v1/events/${e.id}/attendees`).set(bearer(officer)).send({}).expect(400);

    await t.http.post(`/api/v1/events/${e.id}/attendees/${known.id}/check-in`).set(bearer(officer)).expect(200, { checkedIn: 1 });
    await t.http.post(`/api/v1/events/${e.id}/attendees/check-in`).set(bearer(officer)).send({ applicantIds: [known.id, added.applicantId] }).expect(200, { checkedIn: 1 });
    const list = await t.http.get(`/api/v1/events/${e.id}/attendees`).set(bearer(officer)).expect(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items.every((item: { checkedInAt: string | null; stage: string }) => item.checkedInAt !== null && item.stage === 'enquiry')).toBe(true);
    const detail = await t.http.get(`/api/v1/events/${e.id}`).set(bearer(officer)).expect(200);
    expect(detail.body).toMatchObject({ attendeeCount: 2, checkedInCount: 2 });
    expect(detail.body.reachedStages[0]).toEqual({ stage: 'enquiry', count: 2 });

    await t.http.post(`/api/v1/events/${e.id}/attendees/check-in`).set(bearer(officer)).send({ applicantIds: ['00000000-0000-4000-8000-000000000000'] }).expect(400);
    await t.http.delete(`/api/v1/events/${e.id}/attendees/${known.id}`).set(bearer(officer)).expect(204);
    await t.http.delete(`/api/v1/events/${e.id}/attendees/${known.id}`).set(bearer(officer)).expect(404);
    expect((await t.http.get(`/api/v1/events/${e.id}/attendees`).set(bearer(officer))).body.total).toBe(1);
  });

  it('computes campaign progress from events, serious conversations and stage history', async () => {
    const c = await campaign({ name: 'Progress campaign' });
    await event({ campaignId: c.id, youngPeople: 40, educators: 3 });
    await event({ campaignId: c.id, youngPeople: 25, educators: 2 });
    const { body: person } = await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Progress', lastName: 'Maker', campaignId: c.id }).expect(201);
    await t.http
      .post(`/api/v1/applicants/${person.id}/conversations`)
      .set(bearer(officer))
      .send({ occurredAt: new Date().toISOString(), channel: 'phone', twoWay: true, professionDiscussed: true, fundingDiscussed: true, nextStepAgreed: true })
      .expect(201);
    await t.http.post(`/api/v1/applicants/${person.id}/stage`).set(bearer(officer)).send({ stage: 'applied' }).expect(200);
    const detail = await t.http.get(`/api/v1/campaigns/${c.id}`).set(bearer(officer)).expect(200);
    expect(detail.body.progress).toEqual({ events: 2, youngPeople: 65, educators: 5, seriousConversations: 1, applications: 1 });
    expect(detail.body.reachedStages.map((entry: { count: number }) => entry.count)).toEqual([1, 1, 1, 1, 0, 0]);
    const listed = await t.http.get('/api/v1/campaigns?search=progress').set(bearer(officer)).expect(200);
    expect(listed.body.items[0].progress.youngPeople).toBe(65);
    const applicants = await t.http.get(`/api/v1/applicants?campaignId=${c.id}`).set(bearer(officer)).expect(200);
    expect(applicants.body.items.map((item: { id: string }) => item.id)).toEqual([person.id]);
  });
});
