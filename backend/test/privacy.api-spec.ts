import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { bearer, startTestApp, TestApp } from './support/test-app';

describe('subject access and erasure (API)', () => {
  let t: TestApp;
  let officer: string;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    manager = await t.tokenFor('manager');
  });
  afterAll(() => t.close());

  /** Someone with a full story: consent, special-category flags, a serious conversation, follow-ups, an event, edits. */
  let phoneSuffix = 100;
  /** Each person's details are their own, so a search of the database for one person's finds nobody else's. */
  async function person(lastName: string, postcodes = ['LS1 4AP', 'LS2 9JT'], dateOfBirth = '2008-05-04') {
    phoneSuffix++;
    const created = await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({
        firstName: 'Orla',
        lastName,
        email: `${lastName.toLowerCase()}@example.org`,
        phone: `07700 900${phoneSuffix}`,
        postcode: postcodes[0],
        dateOfBirth,
        professionsOfInterest: ['podiatry'],
        tags: ['open-day'],
        consentToContact: true,
        wpFirstInFamily: true,
        source: 'event',
      })
      .expect(201);
    const id = created.body.id as string;
    await t.http
      .patch(`/api/v1/applicants/${id}`)
      .set(bearer(officer))
      .send({ postcode: postcodes[1], version: created.body.version })
      .expect(200);
    const event = (
      await t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({
          title: `Careers fair ${phoneSuffix}`,
          type: 'careers_fair',
          format: 'in_person',
          startsAt: '2026-03-01T10:00:00Z',
          endsAt: '2026-03-01T12:00:00Z',
        })
        .expect(201)
    ).body;
    await t.http
      .post(`/api/v1/events/${event.id}/attendees`)
      .set(bearer(officer))
      .send({ applicantId: id })
      .expect(201);
    await t.http
      .post(`/api/v1/applicants/${id}/conversations`)
      .set(bearer(officer))
      .send({
        occurredAt: '2026-03-01T11:00:00Z',
        channel: 'event_stand',
        eventId: event.id,
        twoWay: true,
        professionDiscussed: true,
        routesDiscussed: true,
        nextStepAgreed: true,
        nextStep: `Call ${lastName} about the open day`,
        summary: `${lastName} lives with her gran`,
      })
      .expect(201);
    return id;
  }

  it('exports everything held about a person, as JSON and as CSV, and records the export', async () => {
    const id = await person('Exportson');
    const { body } = await t.http.get(`/api/v1/applicants/${id}/export`).set(bearer(manager)).expect(200);
    expect(body.person).toMatchObject({
      firstName: 'Orla',
      lastName: 'Exportson',
      email: 'exportson@example.org',
      postcode: 'LS2 9JT',
      dateOfBirth: '2008-05-04',
      wpFirstInFamily: true,
    });
    expect(body.person.nameDobKey).toBeUndefined();
    expect(body.professionsOfInterest).toEqual(['podiatry']);
    expect(body.tags).toEqual(['open-day']);
    expect(body.consent).toMatchObject({ given: true, wordingVersion: expect.any(String) });
    expect(body.stageHistory.map((row: { to: string }) => row.to)).toEqual(['enquiry', 'serious_conversation']);
    expect(body.conversations).toEqual([
      expect.objectContaining({
        event: `Careers fair ${phoneSuffix}`,
        summary: 'Exportson lives with her gran',
        serious: true,
        officer: 'Jordan Ellis',
      }),
    ]);
    expect(body.followUps).toHaveLength(1);
    expect(body.events).toEqual([expect.objectContaining({ title: `Careers fair ${phoneSuffix}` })]);
    expect(body.history[0]).toMatchObject({ action: 'create', by: 'Jordan Ellis' });
    expect(body.history).toContainEqual(expect.objectContaining({ action: 'update', fields: ['postcode'] }));

    const csv = await t.http.get(`/api/v1/applicants/${id}/export?format=csv`).set(bearer(manager)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows: string[][] = parse(csv.text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['section', 'item', 'field', 'value']);
    expect(rows).toContainEqual(['person', '1', 'email', 'exportson@example.org']);
    expect(rows).toContainEqual(['conversations', '1', 'summary', 'Exportson lives with her gran']);

    const audit = await t.http.get(`/api/v1/audit?entity=applicant&entityId=${id}`).set(bearer(manager)).expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toContain('export');
  });

  it('erases a person: nothing personal left anywhere, the figures unchanged, and never twice', async () => {
    const id = await person('Erasington', ['M1 1AE', 'M4 5BD'], '2009-11-23');
    const funnelBefore = (await t.http.get('/api/v1/reports/funnel').set(bearer(manager)).expect(200)).body;

    const erased = await t.http.post(`/api/v1/applicants/${id}/erase`).set(bearer(manager)).expect(200);
    expect(erased.body).toMatchObject({ id, followUpsCancelled: 1 });

    // The record: a marker, archived, still at its stage.
    const record = (await t.http.get(`/api/v1/applicants/${id}`).set(bearer(manager)).expect(200)).body;
    expect(record).toMatchObject({
      firstName: 'Erased',
      lastName: 'person',
      email: null,
      phone: null,
      postcode: null,
      dateOfBirth: null,
      stage: 'serious_conversation',
      tags: [],
    });
    expect(record.erasedAt).not.toBeNull();
    expect(record.archivedAt).not.toBeNull();

    // Nothing personal in any table: search every text column of every table for what we knew.
    const data = t.app.get(DataSource);
    const known = ['Erasington', 'erasington@example.org', `900${phoneSuffix}`, 'M1 1AE', 'M4 5BD', '2009-11-23'];
    const tables: { name: string }[] = await data.query(
      data.options.type === 'postgres'
        ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    const leaks: string[] = [];
    for (const { name } of tables) {
      if (name === 'migrations') continue;
      const rows: Record<string, unknown>[] = await data.query(`SELECT * FROM ${name}`);
      for (const row of rows) {
        const text = JSON.stringify(row);
        for (const value of known) if (text.includes(value)) leaks.push(`${name}: ${value} in ${text.slice(0, 300)}`);
      }
    }
    expect(leaks).toEqual([]);
    const wp = await data.query(`SELECT wp_first_in_family FROM applicants WHERE id = '${id}'`);
    expect(wp[0].wp_first_in_family).toBeNull();

    // Erased people match no search and no duplicate check.
    const search = await t.http
      .get('/api/v1/applicants?search=erasington&archived=true')
      .set(bearer(manager))
      .expect(200);
    expect(search.body.total).toBe(0);
    await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({ firstName: 'Orla', lastName: 'Erasington', email: 'erasington@example.org' })
      .expect(201);

    // Aggregates unchanged.
    const funnelAfter = (await t.http.get('/api/v1/reports/funnel').set(bearer(manager)).expect(200)).body;
    expect(funnelAfter.stages.map((stage: { reached: number }) => stage.reached)).toEqual(
      funnelBefore.stages.map((stage: { reached: number }, index: number) => stage.reached + (index === 0 ? 1 : 0)),
    );

    // Audited without values; cannot be erased again, edited or restored.
    const audit = await t.http.get(`/api/v1/audit?entity=applicant&entityId=${id}`).set(bearer(manager)).expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toContain('erase');
    await t.http.post(`/api/v1/applicants/${id}/erase`).set(bearer(manager)).expect(409);
    await t.http.post(`/api/v1/applicants/${id}/restore`).set(bearer(officer)).expect(409);
  });

  it('lets managers and admins export and erase; officers and coordinators cannot', async () => {
    const id = await person('Guarded', ['B2 4QA', 'B3 3HJ'], '2007-01-15');
    await t.http.get(`/api/v1/applicants/${id}/export`).set(bearer(officer)).expect(403);
    await t.http.post(`/api/v1/applicants/${id}/erase`).set(bearer(officer)).expect(403);
    await t.http
      .get(`/api/v1/applicants/${id}/export`)
      .set(bearer(await t.tokenFor('coordinator')))
      .expect(403);
    await t.http.get('/api/v1/applicants/00000000-0000-4000-8000-000000000000/export').set(bearer(manager)).expect(404);
    await t.http.post('/api/v1/applicants/not-an-id/erase').set(bearer(manager)).expect(400);
    await t.http
      .get(`/api/v1/applicants/${id}/export`)
      .set(bearer(await t.tokenFor('admin')))
      .expect(200);
  });
});
