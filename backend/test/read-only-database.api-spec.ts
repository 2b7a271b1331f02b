import { DataSource } from 'typeorm';
import { bearer, startTestApp, TestApp } from './support/test-app';

const sqlite = !process.env['DATABASE_URL']?.startsWith('postgres');

/**
 * A database that refuses writes (read-only file system, full disk): writes get a clear 503 and nothing else breaks;
 * once the database takes writes again, so does Pathway, without a restart. SQLite only: `query_only` makes its one
 * connection refuse writes exactly as a read-only file would (SQLITE_READONLY).
 */
(sqlite ? describe : describe.skip)('a database that refuses writes (API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers writes with 503, keeps serving reads, and recovers by itself', async () => {
    const officer = await t.tokenFor('officer');
    const dataSource = t.app.get(DataSource);
    const create = () =>
      t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Read', lastName: 'Only' });
    await dataSource.query('PRAGMA query_only = ON');
    try {
      const refused = await create().expect(503);
      expect(refused.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'The database is busy or unavailable; try again shortly',
        code: 'service_unavailable',
      });
      await t.http.get('/api/v1/applicants?pageSize=5').set(bearer(officer)).expect(200);
      await t.http.get('/api/health').expect(200);
    } finally {
      await dataSource.query('PRAGMA query_only = OFF');
    }
    await create().expect(201);
  });
});
