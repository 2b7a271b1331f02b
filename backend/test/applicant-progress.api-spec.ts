import { DataSource } from 'typeorm';
import { engineOfConnection, PROGRESS_COLUMNS, progressSelectSql } from '../src/modules/applicants/progress-sql';
import { bearer, startTestApp, TestApp } from './support/test-app';

/**
 * `applicant_progress` is kept beside the stage history, and reports are reused until something is written: both
 * are shortcuts, so both are checked against the long way round after every kind of write that touches them.
 */
describe('how far people got, and reused reports (API)', () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let database: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    manager = await t.tokenFor('manager');
    database = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const create = async (fields: object) =>
    (
      await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({ firstName: 'Progress', source: 'event', firstContactAt: '2026-04-02T09:00:00.000Z', ...fields })
        .expect(201)
    ).body as { id: string; version: number };
  const move = (id: string, stage: string, reason?: string) =>
    t.http
      .post(`/api/v1/applicants/${id}/stage`)
      .set(bearer(officer))
      .send({ stage, reason })
      .expect((response) => expect([response.status, response.body.message]).toEqual([200, undefined]));
  const funnel = async (query = 'from=2026-04-01&to=2026-04-30') =>
    (await t.http.get(`/api/v1/reports/funnel?${query}`).set(bearer(manager)).expect(200)).body as {
      cohortSize: number;
      stages: { reached: number }[];
    };
  const normalised = (rows: Record<string, unknown>[]) =>
    rows
      .map((row) =>
        PROGRESS_COLUMNS.map((column) =>
          row[column] instanceof Date
            ? (row[column] as Date).toISOString()
            : row[column] === null
              ? null
              : String(row[column]),
        ),
      )
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const expectProgressToMatchHistory = async () => {
    const kept = await database.query(`SELECT ${PROGRESS_COLUMNS.join(', ')} FROM applicant_progress`);
    const recomputed = await database.query(progressSelectSql(engineOfConnection(database.options.type), '1 = 1'));
    expect(kept.length).toBeGreaterThan(0);
    expect(normalised(kept)).toEqual(normalised(recomputed));
  };

  it('keeps each person’s furthest stage and first-reached times equal to their stage history', async () => {
    const skipper = await create({ lastName: 'Skipper' });
    await move(skipper.id, 'applied');
    const reopened = await create({ lastName: 'Reopened' });
    await move(reopened.id, 'serious_conversation');
    await move(reopened.id, 'closed', 'no_response');
    await move(reopened.id, 'engaged');
    await expectProgressToMatchHistory();

    const keep = await create({ lastName: 'Twin', email: 'progress.twin@example.org' });
    const merge = await create({ lastName: 'Twin', phone: '07700 900123' });
    await move(merge.id, 'offer');
    await t.http
      .post('/api/v1/applicants/merge')
      .set(bearer(officer))
      .send({ keepId: keep.id, mergeId: merge.id })
      .expect(200);
    await expectProgressToMatchHistory();
    const [kept] = await database.query(
      `SELECT furthest FROM applicant_progress WHERE applicant_id = ${database.options.type === 'postgres' ? '$1' : '?'}`,
      [keep.id],
    );
    expect(Number(kept.furthest)).toBe(4);

    const csv =
      'First name,Last name,Email\nImported,Progress,imported.progress@example.org\nSecond,Progress,second.progress@example.org\n';
    await t.http
      .post('/api/v1/imports/applicants')
      .set(bearer(officer))
      .attach('file', Buffer.from(csv, 'utf8'), { filename: 'people.csv', contentType: 'text/csv' })
      .expect(200);
    await expectProgressToMatchHistory();
  });

  it('answers a report again only until something is written, then counts the change', async () => {
    const before = await funnel();
    expect(await funnel()).toEqual(before);
    const late = await create({ lastName: 'Latecomer', professionsOfInterest: ['podiatry'] });
    const withOne = await funnel();
    expect(withOne.cohortSize).toBe(before.cohortSize + 1);
    for (const stage of ['applied', 'offer', 'enrolled']) await move(late.id, stage);
    const enrolled = await funnel();
    expect(enrolled.stages[5].reached).toBe(withOne.stages[5].reached + 1);
    expect(enrolled.stages[3].reached).toBe(withOne.stages[3].reached + 1);
  });

  it('recounts list totals after a write, and after a refused write nothing changes', async () => {
    const total = async () =>
      (await t.http.get('/api/v1/applicants?search=zebedee').set(bearer(officer)).expect(200)).body.total as number;
    expect(await total()).toBe(0);
    await create({ lastName: 'Zebedee' });
    expect(await total()).toBe(1);
    await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({ firstName: 'Zebedee', lastName: '' })
      .expect(400);
    expect(await total()).toBe(1);
  });
});
