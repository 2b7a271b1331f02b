import { bearer, startTestApp, TestApp } from './support/test-app';

describe('funnel report (API)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    const make = async (lastName: string, source: string, moves: [string, string?][]) => {
      const { body } = await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Funnel', lastName, source, professionsOfInterest: ['podiatry'], firstContactAt: '2026-03-10T10:00:00.000Z' }).expect(201);
      for (const [stage, reason] of moves) await t.http.post(`/api/v1/applicants/${body.id}/stage`).set(bearer(officer)).send({ stage, reason }).expect(200);
    };
    await make('A', 'event', [['engaged'], ['applied']]);
    await make('B', 'event', [['engaged']]);
    await make('C', 'website', []);
    await make('D', 'website', [['serious_conversation'], ['closed', 'no_response']]);
    // First contact late on 9 June in UTC, which is already 10 June in London (summer time).
    await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Funnel', lastName: 'Late', source: 'event', firstContactAt: '2026-06-09T23:30:00.000Z' }).expect(201);
  });
  afterAll(() => t.close());

  it('counts people reaching each stage or a later one, with conversions', async () => {
    const { body } = await t.http.get('/api/v1/reports/funnel?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z').set(bearer(officer)).expect(200);
    expect(body.cohortSize).toBe(4);
    expect(body.stages.map((stage: { stage: string }) => stage.stage)).toEqual(['enquiry', 'engaged', 'serious_conversation', 'applied', 'offer', 'enrolled']);
    expect(body.stages.map((stage: { reached: number }) => stage.reached)).toEqual([4, 3, 2, 1, 0, 0]);
    expect(body.stages[1]).toMatchObject({ stepConversion: 0.75, cumulativeConversion: 0.75 });
    expect(body.stages[3]).toMatchObject({ stepConversion: 0.5, cumulativeConversion: 0.25 });
    expect(body.stages[0].medianDaysToNext).toBe(0);
  });

  it('reads plain days in London time, as the other reports do, and refuses a backwards period', async () => {
    const cohort = async (query: string) => (await t.http.get(`/api/v1/reports/funnel?${query}`).set(bearer(officer)).expect(200)).body.cohortSize;
    expect(await cohort('from=2026-06-10&to=2026-06-10')).toBe(1);
    expect(await cohort('from=2026-06-09&to=2026-06-09')).toBe(0);
    expect(await cohort('from=2026-03-01&to=2026-03-31')).toBe(4);
    const backwards = await t.http.get('/api/v1/reports/funnel?from=2026-05-01&to=2026-04-01').set(bearer(officer)).expect(400);
    expect(backwards.body.details).toEqual([{ field: 'to', message: 'must be after from' }]);
  });

  it('filters and breaks down by source', async () => {
    const events = await t.http.get('/api/v1/reports/funnel?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&source=event').set(bearer(officer)).expect(200);
    expect(events.body.stages.map((stage: { reached: number }) => stage.reached)).toEqual([2, 2, 1, 1, 0, 0]);
    const split = await t.http.get('/api/v1/reports/funnel?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&breakdown=source').set(bearer(officer)).expect(200);
    expect(split.body.groups.map((group: { label: string; cohortSize: number }) => `${group.label}:${group.cohortSize}`).sort()).toEqual(['Event:2', 'Website:2']);
    const none = await t.http.get('/api/v1/reports/funnel?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z').set(bearer(officer)).expect(200);
    expect(none.body).toMatchObject({ cohortSize: 0 });
    await t.http.get('/api/v1/reports/funnel?breakdown=mood').set(bearer(officer)).expect(400);
  });

  it('answers CSV with ?format=csv, and keeps coordinators out', async () => {
    const response = await t.http.get('/api/v1/reports/funnel?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&format=csv').set(bearer(officer)).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="pathway-funnel-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = response.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('group,stage,reached,step conversion,cumulative conversion,median days to next stage');
    expect(lines[1]).toBe('Everyone,Enquiry,4,,1,0');
    await t.http.get('/api/v1/reports/funnel').set(bearer(await t.tokenFor('coordinator'))).expect(403);
    await t.http.get('/api/v1/reports/retention?format=csv').set(bearer(await t.tokenFor('manager'))).expect(200).expect('content-type', /text\/csv/);
  });

  /**
   * Five people first met in January 2025, with known answers:
   * - Skip: enquiry → offer (skips three stages);
   * - Back: enquiry → applied → engaged (moved back);
   * - Reopened: enquiry → engaged → closed → serious conversation (reopened further on);
   * - Restart: enquiry → serious conversation → closed → enquiry → engaged (reopened at the start);
   * - Still: enquiry only.
   * Reached: enquiry 5; engaged 4 (all but Still); serious conversation 4; applied 2 (Skip, Back); offer 1; enrolled 0.
   */
  it('counts people who skip stages, move back, close and reopen by the furthest stage they ever reached, in JSON and CSV', async () => {
    const person = async (lastName: string, moves: [string, string?][]) => {
      const { body } = await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Winter', lastName, source: 'webinar', firstContactAt: '2025-01-15T10:00:00.000Z' }).expect(201);
      for (const [stage, reason] of moves) await t.http.post(`/api/v1/applicants/${body.id}/stage`).set(bearer(officer)).send({ stage, reason }).expect(200);
      return body.id as string;
    };
    await person('Skip', [['offer']]);
    await person('Back', [['applied'], ['engaged', 'applied by mistake']]);
    await person('Reopened', [['engaged'], ['closed', 'no_response'], ['serious_conversation']]);
    await person('Restart', [['serious_conversation'], ['closed', 'withdrew'], ['enquiry'], ['engaged']]);
    await person('Still', []);

    const period = 'from=2025-01-01&to=2025-01-31';
    const { body } = await t.http.get(`/api/v1/reports/funnel?${period}`).set(bearer(officer)).expect(200);
    expect(body.cohortSize).toBe(5);
    expect(body.stages.map((stage: { reached: number }) => stage.reached)).toEqual([5, 4, 4, 2, 1, 0]);
    expect(body.stages.map((stage: { stepConversion: number | null }) => stage.stepConversion)).toEqual([null, 0.8, 1, 0.5, 0.5, 0]);
    expect(body.stages.map((stage: { cumulativeConversion: number | null }) => stage.cumulativeConversion)).toEqual([1, 0.8, 0.8, 0.4, 0.2, 0]);

    // The CSV carries the same figures, and a breakdown's one group is the whole cohort.
    const csv = await t.http.get(`/api/v1/reports/funnel?${period}&format=csv`).set(bearer(officer)).expect(200);
    const rows = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1).map((line) => line.split(','));
    expect(rows.map(([, , reached]) => Number(reached))).toEqual([5, 4, 4, 2, 1, 0]);
    expect(rows.map(([, , , , cumulative]) => Number(cumulative))).toEqual([1, 0.8, 0.8, 0.4, 0.2, 0]);
    const split = await t.http.get(`/api/v1/reports/funnel?${period}&breakdown=source`).set(bearer(officer)).expect(200);
    expect(split.body.groups).toHaveLength(1);
    expect(split.body.groups[0]).toMatchObject({ label: 'Webinar', cohortSize: 5 });
    expect(split.body.groups[0].stages.map((stage: { reached: number }) => stage.reached)).toEqual([5, 4, 4, 2, 1, 0]);
  });
});
