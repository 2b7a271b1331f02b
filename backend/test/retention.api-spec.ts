import { DataSource } from 'typeorm';
import { bearer, startTestApp, TestApp } from './support/test-app';

describe('retention policy (API)', () => {
  let t: TestApp;
  let officer: string;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    manager = await t.tokenFor('manager');
  });
  afterAll(() => t.close());

  /** Someone whose every trace is dated `yearsAgo` in the past. */
  async function personLastSeen(lastName: string, yearsAgo: number): Promise<string> {
    const { body } = await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({ firstName: 'Ola', lastName, email: `${lastName.toLowerCase()}@example.org` })
      .expect(201);
    const when = new Date(Date.now() - yearsAgo * 365 * 24 * 3600 * 1000);
    const data = t.app.get(DataSource);
    const value =
      data.options.type === 'postgres' ? when.toISOString() : when.toISOString().replace('T', ' ').replace('Z', '');
    // Test-made values only, so written straight into the statements (the placeholder style differs per engine).
    await data.query(`UPDATE applicants SET updated_at = '${value}', created_at = '${value}' WHERE id = '${body.id}'`);
    await data.query(`UPDATE stage_changes SET at = '${value}' WHERE applicant_id = '${body.id}'`);
    return body.id;
  }

  it('lists the long-inactive for review, counts them on a dry run, and erases them only when asked', async () => {
    const old = await personLastSeen('Dormant', 4);
    const recent = await personLastSeen('Lately', 1);
    const stillTalking = await personLastSeen('Chatty', 4);
    await t.http
      .post(`/api/v1/applicants/${stillTalking}/conversations`)
      .set(bearer(officer))
      .send({ occurredAt: new Date().toISOString(), channel: 'phone' })
      .expect(201);

    const review = (await t.http.get('/api/v1/privacy/retention').set(bearer(manager)).expect(200)).body;
    expect(review).toMatchObject({ months: 36, enforced: false });
    const ids = review.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(old);
    expect(ids).not.toContain(recent);
    expect(ids).not.toContain(stillTalking);
    expect(review.items.find((item: { id: string }) => item.id === old)).toMatchObject({
      name: 'Ola Dormant',
      stage: 'enquiry',
    });

    const dry = (await t.http.post('/api/v1/privacy/retention/run').set(bearer(manager)).expect(200)).body;
    expect(dry).toEqual({ dryRun: true, candidates: review.total, erased: 0 });
    expect((await t.http.get(`/api/v1/applicants/${old}`).set(bearer(manager))).body.lastName).toBe('Dormant');

    const run = (await t.http.post('/api/v1/privacy/retention/run?dryRun=false').set(bearer(manager)).expect(200)).body;
    expect(run).toEqual({ dryRun: false, candidates: review.total, erased: review.total });
    const erased = (await t.http.get(`/api/v1/applicants/${old}`).set(bearer(manager))).body;
    expect(erased).toMatchObject({ lastName: 'person', email: null });
    expect(erased.erasedAt).not.toBeNull();
    expect((await t.http.get(`/api/v1/applicants/${recent}`).set(bearer(manager))).body.lastName).toBe('Lately');
    expect((await t.http.get('/api/v1/privacy/retention').set(bearer(manager))).body.total).toBe(0);
  });

  it('is for managers and admins only, and refuses a bad flag', async () => {
    await t.http.get('/api/v1/privacy/retention').set(bearer(officer)).expect(403);
    await t.http
      .post('/api/v1/privacy/retention/run')
      .set(bearer(await t.tokenFor('coordinator')))
      .expect(403);
    const bad = await t.http.post('/api/v1/privacy/retention/run?dryRun=maybe').set(bearer(manager)).expect(400);
    expect(bad.body.details).toEqual([{ field: 'dryRun', message: 'must be true or false' }]);
  });
});
