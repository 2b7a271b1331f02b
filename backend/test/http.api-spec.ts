import { bearer, startTestApp, TestApp } from './support/test-app';

describe('HTTP behaviour shared by every route (API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with a database check, outside the versioned prefix', async () => {
    const response = await t.http.get('/api/health').expect(200);
    const engine = process.env['DATABASE_URL']?.startsWith('postgres') ? 'postgres' : 'sqlite';
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', engine });
  });

  it('answers a liveness probe without the database', async () => {
    const response = await t.http.get('/api/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('publishes the OpenAPI document with every API path', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/auth/me', '/api/v1/users', '/api/v1/users/{id}', '/api/v1/audit', '/api/health']),
    );
    await t.http.get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('sends security headers and hides the framework', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": "a@b.c", ').expect(400);
    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'The request body is not valid JSON', code: 'malformed_json' });
  });

  it('answers bodies over 1 MB with 413', async () => {
    const response = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('refuses unknown fields with a detail naming each', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: 'a@b.c', password: 'whatever-it-is', isAdmin: true }).expect(400);
    expect(response.body.details).toEqual([{ field: 'isAdmin', message: 'is not a known field' }]);
  });

  it('keeps unknown API routes a JSON 404', async () => {
    const response = await t.http.get('/api/v1/no-such-thing').set(bearer(await t.tokenFor('admin'))).expect(404);
    expect(response.body.code).toBe('not_found');
    expect(response.headers['content-type']).toMatch(/json/);
  });

  it('answers a bad id with 400 before touching the database', async () => {
    const response = await t.http.get('/api/v1/users/not-a-uuid').set(bearer(await t.tokenFor('admin'))).expect(400);
    expect(response.body.details).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it('sends a reused answer as the same JSON and ETag, answers a matching If-None-Match with 304, and a new one after a write', async () => {
    const officer = await t.tokenFor('officer');
    const manager = await t.tokenFor('manager');
    const list = () => t.http.get('/api/v1/applicants?search=Etag').set(bearer(officer)).expect(200);
    const first = await list();
    const second = await list();
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['etag']).toMatch(/^W\/"[0-9a-f]+-/);
    expect([second.text, second.headers['etag']]).toEqual([first.text, first.headers['etag']]);
    await t.http.get('/api/v1/applicants?search=Etag').set(bearer(officer)).set('If-None-Match', first.headers['etag']).expect(304);

    await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Etag', lastName: 'Person' }).expect(201);
    const after = await list();
    expect(after.body.total).toBe(first.body.total + 1);
    expect(after.headers['etag']).not.toBe(first.headers['etag']);

    // Text answers keep their own type: the CSV form of a report is not turned into JSON.
    const csv = await t.http.get('/api/v1/reports/funnel?format=csv').set(bearer(manager)).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).not.toMatch(/^[{[]/);
  });

  it('serves reference data to every role', async () => {
    for (const role of ['admin', 'manager', 'officer', 'coordinator'] as const) {
      const professions = await t.http.get('/api/v1/professions').set(bearer(await t.tokenFor(role))).expect(200);
      expect(professions.body.slice(0, 5).map((profession: { code: string }) => profession.code)).toEqual([
        'therapeutic_radiography',
        'diagnostic_radiography',
        'orthoptics',
        'prosthetics_orthotics',
        'podiatry',
      ]);
      const regions = await t.http.get('/api/v1/regions').set(bearer(await t.tokenFor(role))).expect(200);
      expect(regions.body).toHaveLength(12);
    }
  });
});
