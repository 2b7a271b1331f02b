import { DataSource } from 'typeorm';
import { cellChanges, FunnelCounts, parseCounts } from '@pathway/domain';
import { APP_CONFIG, AppConfig } from '../src/config/app-config';
import { progressFacts } from '../src/modules/applicants/applicant-progress.repository';
import { engineOfConnection, PROGRESS_COLUMNS, progressSelectSql } from '../src/modules/applicants/progress-sql';
import { FunnelQueryDto } from '../src/modules/reports/dto/report-query.dto';
import { cellShape, FunnelCountsRepository } from '../src/modules/reports/funnel-counts.repository';
import { reportPeriod } from '../src/modules/reports/report-period';
import { bearer, startTestApp, TestApp } from './support/test-app';

/**
 * Funnels are added up from pre-counted cells. After every kind of write that can move someone between cells, the
 * stored cells must equal a count of everyone's progress rows, and every cohort shape must get the same figures
 * from the cells as counted person by person.
 */
describe('pre-counted funnel cells (API)', () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let database: DataSource;
  let funnels: FunnelCountsRepository;
  let config: AppConfig;
  let officerId: string;
  let managerId: string;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    manager = await t.tokenFor('manager');
    database = t.app.get(DataSource);
    funnels = t.app.get(FunnelCountsRepository);
    config = t.app.get(APP_CONFIG);
    officerId = (await t.http.get('/api/v1/auth/me').set(bearer(officer))).body.id;
    managerId = (await t.http.get('/api/v1/auth/me').set(bearer(manager))).body.id;
    campaignId = (
      await t.http
        .post('/api/v1/campaigns')
        .set(bearer(manager))
        .send({ name: 'Cells campaign', startsOn: '2026-01-01', endsOn: '2026-12-31' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const create = async (fields: object) =>
    (
      await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({ firstName: 'Cell', lastName: 'Person', ...fields })
        .expect(201)
    ).body as { id: string; version: number };
  const move = (id: string, stage: string, reason?: string) =>
    t.http.post(`/api/v1/applicants/${id}/stage`).set(bearer(officer)).send({ stage, reason }).expect(200);
  const patch = async (id: string, fields: object) => {
    const { body } = await t.http.get(`/api/v1/applicants/${id}`).set(bearer(officer)).expect(200);
    await t.http
      .patch(`/api/v1/applicants/${id}`)
      .set(bearer(officer))
      .send({ version: body.version, ...fields })
      .expect(200);
  };

  const QUERIES: Partial<FunnelQueryDto>[] = [
    {},
    { from: '2026-04-01', to: '2026-04-30' },
    { from: '2026-03-31', to: '2026-04-01' },
    { from: '2026-01-15', to: '2026-07-10' },
    { to: '2026-04-02' },
    { from: '2026-06-01' },
    { source: 'event' },
    { region: 'london', from: '2026-03-31' },
    { profession: 'podiatry' },
    { breakdown: 'source' },
    { breakdown: 'profession', from: '2026-04-01', to: '2026-06-30' },
    { breakdown: 'campaign' },
    { breakdown: 'source', source: 'webinar' },
  ];

  const expectCellsToMatchPeople = async () => {
    // Each progress row says what its person's record says now…
    const kept = await database.query(
      `SELECT ${PROGRESS_COLUMNS.join(', ')} FROM applicant_progress ORDER BY applicant_id`,
    );
    const recomputed = await database.query(
      `SELECT ${PROGRESS_COLUMNS.join(', ')} FROM (${progressSelectSql(engineOfConnection(database.options.type), '1 = 1')}) x ORDER BY applicant_id`,
    );
    expect(kept).toEqual(recomputed);
    // …the cells are a count of those rows…
    const facts = (await database.query('SELECT * FROM applicant_progress')).map(progressFacts);
    const counted = new Map([...cellChanges([], facts)].map(([id, change]) => [id, change.counts]));
    const stored = new Map(
      (await database.query('SELECT dimension, grain, period, value, counts FROM funnel_cells')).map(
        (row: { dimension: string; grain: string; period: string; value: string; counts: string }) => [
          `${row.dimension}|${row.grain}|${row.period}|${row.value}`,
          parseCounts(row.counts),
        ],
      ),
    );
    expect(stored.size).toBeGreaterThan(0);
    expect(stored).toEqual(counted);
    // …and every cohort the cells answer gets the figures counted person by person.
    const shapes = [...QUERIES, { ownerId: officerId }, { campaignId }, { breakdown: 'campaign', campaignId }];
    for (const query of shapes as FunnelQueryDto[]) {
      expect(cellShape(query)).not.toBeNull();
      const fromCells: Map<string | null, FunnelCounts> = await funnels.counts(query);
      const fromPeople = await funnels.fromPeople(query, reportPeriod(query, config.timezone));
      expect([query, fromCells]).toEqual([query, fromPeople]);
    }
  };

  it('keeps the cells equal to everyone’s progress through moves, edits, merges, imports, undo and erasure', async () => {
    const first = await create({
      source: 'event',
      region: 'london',
      professionsOfInterest: ['podiatry'],
      firstContactAt: '2026-03-31T23:30:00.000Z',
      campaignId,
    });
    const second = await create({
      source: 'webinar',
      region: 'wales',
      professionsOfInterest: ['podiatry', 'orthoptics'],
      firstContactAt: '2026-04-01T00:30:00.000Z',
    });
    const third = await create({ source: 'website', firstContactAt: '2026-06-15T12:00:00.000Z' });
    const unmet = await create({ source: 'event' });
    await patch(unmet.id, { firstContactAt: null });
    await move(first.id, 'engaged');
    await move(first.id, 'applied');
    await move(second.id, 'serious_conversation');
    await move(second.id, 'closed', 'no_response');
    await move(third.id, 'offer');
    await expectCellsToMatchPeople();

    // What a person is counted under changes: source, region, professions, first contact, owner (alone and in bulk).
    await patch(first.id, { source: 'webinar', region: 'wales', professionsOfInterest: ['orthoptics'] });
    await patch(second.id, { firstContactAt: '2026-01-20T09:00:00.000Z', campaignId });
    await t.http
      .post('/api/v1/applicants/bulk')
      .set(bearer(officer))
      .send({ ids: [first.id, third.id], ownerId: managerId })
      .expect(200);
    await expectCellsToMatchPeople();

    // What reach credits a person to, kept on the same rows: their school or college and first-contact event, given
    // when they are created and changed by an edit.
    const organisationId = (
      await t.http
        .post('/api/v1/organisations')
        .set(bearer(officer))
        .send({ name: 'Cells Academy', kind: 'school' })
        .expect(201)
    ).body.id;
    const eventId = (
      await t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({
          title: 'Cells fair',
          format: 'in_person',
          type: 'school_visit',
          startsAt: '2026-03-01T10:00:00Z',
          endsAt: '2026-03-01T12:00:00Z',
          hostOrganisationId: organisationId,
        })
        .expect(201)
    ).body.id;
    await create({ source: 'event', organisationId, eventId, firstContactAt: '2026-03-01T10:30:00.000Z' });
    await patch(third.id, { organisationId });
    await expectCellsToMatchPeople();
    await patch(second.id, { eventId });
    await expectCellsToMatchPeople();

    // Merging moves history and professions onto the kept record.
    const keep = await create({
      lastName: 'Twin',
      email: 'cells.twin@example.org',
      firstContactAt: '2026-05-05T10:00:00.000Z',
    });
    const merge = await create({ lastName: 'Twin', source: 'referral', professionsOfInterest: ['podiatry'] });
    await move(merge.id, 'offer');
    await t.http
      .post('/api/v1/applicants/merge')
      .set(bearer(officer))
      .send({ keepId: keep.id, mergeId: merge.id })
      .expect(200);
    await expectCellsToMatchPeople();

    // An import fills an existing person's empty source and region, and adds new people; undoing it takes them away.
    const csv = [
      'First name,Last name,Email,Source,Region,First contact',
      'Cell,Twin,cells.twin@example.org,event,london,',
      'Imported,Cells,imported.cells@example.org,gp_campaign,north_east,2026-04-10',
      'Second,Cells,second.cells@example.org,gp_campaign,,2026-02-03',
    ].join('\n');
    const imported = await t.http
      .post('/api/v1/imports/applicants')
      .set(bearer(officer))
      .field(
        'mapping',
        JSON.stringify({
          'First name': 'firstName',
          'Last name': 'lastName',
          Email: 'email',
          Source: 'source',
          Region: 'region',
          'First contact': 'firstContactAt',
        }),
      )
      .attach('file', Buffer.from(csv, 'utf8'), { filename: 'cells.csv', contentType: 'text/csv' })
      .expect(200);
    expect(imported.body).toMatchObject({ created: 2, updated: 1 });
    await expectCellsToMatchPeople();
    await t.http.post(`/api/v1/imports/${imported.body.importId}/undo`).set(bearer(officer)).expect(200);
    await expectCellsToMatchPeople();

    // Erasure keeps the figures.
    await t.http.post(`/api/v1/applicants/${third.id}/erase`).set(bearer(manager)).expect(200);
    await expectCellsToMatchPeople();
  });
});
