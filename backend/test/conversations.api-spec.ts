import { bearer, startTestApp, TestApp } from './support/test-app';

const SERIOUS = {
  twoWay: true,
  professionDiscussed: true,
  routesDiscussed: true,
  nextStepAgreed: true,
  nextStep: 'Book an open-day place',
};

describe('conversations (API)', () => {
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
    (
      await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({ firstName: 'Cleo', lastName: `Talker${++counter}`, ...fields })
        .expect(201)
    ).body;
  const log = (id: string, body: Record<string, unknown>, token = officer) =>
    t.http
      .post(`/api/v1/applicants/${id}/conversations`)
      .set(bearer(token))
      .send({ occurredAt: new Date().toISOString(), channel: 'in_person', ...body });

  it('logs an ordinary conversation without moving anyone or planning anything', async () => {
    const person = await applicant();
    const response = await log(person.id, {
      twoWay: true,
      professionDiscussed: true,
      summary: 'Asked about podiatry',
    }).expect(201);
    expect(response.body).toMatchObject({
      serious: false,
      stageChangedFrom: null,
      followUpId: null,
      officerName: 'Jordan Ellis',
      fundingDiscussed: false,
    });
    expect((await t.http.get(`/api/v1/applicants/${person.id}`).set(bearer(officer))).body.stage).toBe('enquiry');
  });

  it('moves an earlier-stage applicant on and plans a follow-up in 7 days when a serious conversation is logged', async () => {
    const person = await applicant();
    const before = Date.now();
    const response = await log(person.id, SERIOUS).expect(201);
    expect(response.body).toMatchObject({ serious: true, stageChangedFrom: 'enquiry' });
    expect(response.body.followUpId).toEqual(expect.any(String));

    const updated = await t.http.get(`/api/v1/applicants/${person.id}`).set(bearer(officer));
    expect(updated.body.stage).toBe('serious_conversation');
    const followUps = await t.http.get(`/api/v1/follow-ups?applicantId=${person.id}`).set(bearer(officer)).expect(200);
    expect(followUps.body.items).toHaveLength(1);
    const followUp = followUps.body.items[0];
    expect(followUp).toMatchObject({
      assigneeId: officerId,
      status: 'open',
      type: 'call',
      notes: 'Next step agreed: Book an open-day place',
      conversationId: response.body.id,
    });
    const days = (new Date(followUp.dueAt).getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    // A second serious conversation: the follow-up is already open, so no new one; the stage stays.
    const again = await log(person.id, SERIOUS).expect(201);
    expect(again.body).toMatchObject({ serious: true, stageChangedFrom: null, followUpId: null });

    const timeline = await t.http.get(`/api/v1/applicants/${person.id}/timeline`).set(bearer(officer));
    const types = timeline.body.items.map((item: { type: string }) => item.type);
    expect(types).toEqual(expect.arrayContaining(['conversation', 'follow_up', 'stage_change', 'created']));
  });

  it('never moves someone back, or reopens a closed record, because of a serious conversation', async () => {
    const applied = await applicant();
    await t.http
      .post(`/api/v1/applicants/${applied.id}/stage`)
      .set(bearer(officer))
      .send({ stage: 'applied' })
      .expect(200);
    expect((await log(applied.id, SERIOUS).expect(201)).body.stageChangedFrom).toBeNull();
    expect((await t.http.get(`/api/v1/applicants/${applied.id}`).set(bearer(officer))).body.stage).toBe('applied');

    const closed = await applicant();
    await t.http
      .post(`/api/v1/applicants/${closed.id}/stage`)
      .set(bearer(officer))
      .send({ stage: 'closed', reason: 'no_response' })
      .expect(200);
    await log(closed.id, SERIOUS).expect(201);
    expect((await t.http.get(`/api/v1/applicants/${closed.id}`).set(bearer(officer))).body.stage).toBe('closed');
  });

  it('derives `serious` and refuses to be told it, a future time or a missing channel', async () => {
    const person = await applicant();
    const told = await log(person.id, { serious: true }).expect(400);
    expect(told.body.details).toEqual([{ field: 'serious', message: 'is not a known field' }]);
    const future = await log(person.id, { occurredAt: new Date(Date.now() + 86_400_000).toISOString() }).expect(400);
    expect(future.body.details).toEqual([{ field: 'occurredAt', message: 'must not be in the future' }]);
    const missing = await t.http
      .post(`/api/v1/applicants/${person.id}/conversations`)
      .set(bearer(officer))
      .send({ twoWay: 'yes' })
      .expect(400);
    expect(missing.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'channel',
      'occurredAt',
      'twoWay',
    ]);
    expect((await t.http.get(`/api/v1/applicants/${person.id}/conversations`).set(bearer(officer))).body.total).toBe(0);
    await log('00000000-0000-4000-8000-000000000000', {}).expect(404);
  });

  it('records the event it happened at, refuses an unknown one, and lets a correction change it', async () => {
    const person = await applicant();
    const event = (
      await t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({
          title: 'Open evening at Marsh Lane',
          type: 'open_day',
          format: 'in_person',
          startsAt: '2026-02-10T17:00:00Z',
          endsAt: '2026-02-10T19:00:00Z',
        })
        .expect(201)
    ).body;
    const unknown = await log(person.id, {
      occurredAt: new Date().toISOString(),
      channel: 'event_stand',
      eventId: '00000000-0000-4000-8000-000000000000',
    }).expect(400);
    expect(unknown.body.details).toEqual([{ field: 'eventId', message: 'is not an event' }]);
    expect(
      (
        await log(person.id, { occurredAt: new Date().toISOString(), channel: 'event_stand', eventId: 'nope' }).expect(
          400,
        )
      ).body.details[0],
    ).toEqual({ field: 'eventId', message: 'must be an event id' });
    const logged = (
      await log(person.id, { occurredAt: new Date().toISOString(), channel: 'event_stand', eventId: event.id }).expect(
        201,
      )
    ).body;
    expect(logged).toMatchObject({ eventId: event.id, eventTitle: 'Open evening at Marsh Lane' });
    const corrected = await t.http
      .patch(`/api/v1/conversations/${logged.id}`)
      .set(bearer(officer))
      .send({ eventId: null, version: logged.version })
      .expect(200);
    expect(corrected.body).toMatchObject({ eventId: null, eventTitle: null, version: logged.version + 1 });
    const all = await t.http.get(`/api/v1/conversations?applicantId=${person.id}`).set(bearer(officer)).expect(200);
    expect(all.body.items).toHaveLength(1);
  });

  it('lists with the serious, date, officer and applicant filters', async () => {
    const person = await applicant();
    await log(person.id, { occurredAt: '2026-01-10T10:00:00.000Z' }).expect(201);
    await log(person.id, { ...SERIOUS, occurredAt: '2026-02-10T10:00:00.000Z' }).expect(201);
    const get = async (query: string) =>
      (await t.http.get(`/api/v1/conversations?applicantId=${person.id}&${query}`).set(bearer(officer)).expect(200))
        .body;
    expect((await get('')).total).toBe(2);
    expect((await get('serious=true')).items.map((item: { occurredAt: string }) => item.occurredAt)).toEqual([
      '2026-02-10T10:00:00.000Z',
    ]);
    expect((await get('serious=false')).total).toBe(1);
    expect((await get('from=2026-02-01T00:00:00Z')).total).toBe(1);
    expect((await get('to=2026-02-01T00:00:00Z')).total).toBe(1);
    expect((await get(`officerId=${officerId}`)).total).toBe(2);
    expect((await get('officerId=00000000-0000-4000-8000-000000000000')).total).toBe(0);
    await t.http.get('/api/v1/conversations?serious=maybe').set(bearer(officer)).expect(400);
  });

  it('lets the author or a manager correct, asks a reason once serious, and keeps deletions to non-serious ones', async () => {
    const person = await applicant();
    const plain = (await log(person.id, { summary: 'Quick chat' }).expect(201)).body;
    const edited = await t.http
      .patch(`/api/v1/conversations/${plain.id}`)
      .set(bearer(officer))
      .send({ version: 1, summary: 'Quick chat at the stand' })
      .expect(200);
    expect(edited.body).toMatchObject({ summary: 'Quick chat at the stand', version: 2, serious: false });

    const serious = (await log(person.id, SERIOUS).expect(201)).body;
    const noReason = await t.http
      .patch(`/api/v1/conversations/${serious.id}`)
      .set(bearer(officer))
      .send({ version: 1, fundingDiscussed: true })
      .expect(400);
    expect(noReason.body.details).toEqual([
      { field: 'reason', message: 'is required to correct a serious conversation' },
    ]);

    const { body: otherOfficer } = await t.http
      .post('/api/v1/users')
      .set(bearer(await t.tokenFor('admin')))
      .send({
        email: 'second.officer@example.org',
        name: 'Second Officer',
        role: 'officer',
        password: 'second-officer-pass',
      })
      .expect(201);
    const other = (
      await t.http.post('/api/v1/auth/login').send({ email: otherOfficer.email, password: 'second-officer-pass' })
    ).body.accessToken;
    await t.http
      .patch(`/api/v1/conversations/${serious.id}`)
      .set(bearer(other))
      .send({ version: 1, fundingDiscussed: true, reason: 'x' })
      .expect(403);

    const manager = await t.tokenFor('manager');
    const corrected = await t.http
      .patch(`/api/v1/conversations/${serious.id}`)
      .set(bearer(manager))
      .send({ version: 1, nextStepAgreed: false, reason: 'No next step was actually agreed' })
      .expect(200);
    expect(corrected.body).toMatchObject({ serious: false, version: 2 });
    const audit = await t.http.get(`/api/v1/audit?entity=conversation&entityId=${serious.id}`).set(bearer(manager));
    expect(audit.body.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'serious', from: true, to: false },
        { field: 'reason', to: 'No next step was actually agreed' },
      ]),
    );
    await t.http
      .patch(`/api/v1/conversations/${serious.id}`)
      .set(bearer(manager))
      .send({ version: 1, summary: 'late' })
      .expect(409);

    const stillSerious = (await log(person.id, SERIOUS).expect(201)).body;
    expect(
      (await t.http.delete(`/api/v1/conversations/${stillSerious.id}`).set(bearer(officer)).expect(409)).body.code,
    ).toBe('already_serious');
    await t.http.delete(`/api/v1/conversations/${plain.id}`).set(bearer(manager)).expect(403);
    await t.http.delete(`/api/v1/conversations/${plain.id}`).set(bearer(officer)).expect(204);
    await t.http.get(`/api/v1/conversations/${plain.id}`).set(bearer(officer)).expect(404);
  });

  it('lets managers read but not log; keeps coordinators out', async () => {
    const person = await applicant();
    const manager = await t.tokenFor('manager');
    await t.http.get(`/api/v1/applicants/${person.id}/conversations`).set(bearer(manager)).expect(200);
    await t.http.get('/api/v1/conversations').set(bearer(manager)).expect(200);
    await log(person.id, {}, manager).expect(403);
    const coordinator = await t.tokenFor('coordinator');
    await t.http.get('/api/v1/conversations').set(bearer(coordinator)).expect(403);
    await log(person.id, {}, coordinator).expect(403);
    await t.http.get('/api/v1/conversations').expect(401);
  });
});
