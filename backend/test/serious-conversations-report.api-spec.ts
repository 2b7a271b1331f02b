import { parse } from 'csv-parse/sync';
import { bearer, startTestApp, TestApp } from './support/test-app';

const SERIOUS = {
  twoWay: true,
  professionDiscussed: true,
  routesDiscussed: true,
  nextStepAgreed: true,
  nextStep: 'Visit an open day',
};
const ORDINARY = { twoWay: true, professionDiscussed: true, routesDiscussed: true, fundingDiscussed: true };
const PERIOD = 'from=2026-03-01&to=2026-07-31';

/**
 * A hand-built caseload (times in UTC; London is on summer time from 29 March 2026):
 * - Ann (campaign A, London, podiatry + orthoptics): serious with Jordan at 23:30 UTC on 31 March (April in London)
 *   and again on 20 April;
 * - Bob (campaign A, North East, podiatry): serious with Aisha at 22:30 UTC on 31 March (still March in London);
 * - Cat (campaign B, London, no profession): serious with Aisha on 15 June;
 * - Dan (campaign A, London, orthoptics): an ordinary conversation with Jordan in April, which never counts.
 * Targets: A 10, B 5, C none.
 */
describe('serious conversations report (API)', () => {
  let t: TestApp;
  let officer: string;
  let aisha: string;
  let jordanId: string;
  let aishaId: string;
  const campaigns: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  let catId = '';
  let manager = '';

  const get = (query: string, token = officer) =>
    t.http.get(`/api/v1/reports/serious-conversations?${query}`).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    manager = await t.tokenFor('manager');
    aisha = (
      await t.http
        .post('/api/v1/auth/login')
        .send({ email: 'aisha.khan@demo.pathway.test', password: 'Pathway-demo-2026' })
        .expect(200)
    ).body.accessToken;
    jordanId = (await t.http.get('/api/v1/auth/me').set(bearer(officer))).body.id;
    aishaId = (await t.http.get('/api/v1/auth/me').set(bearer(aisha))).body.id;
    const campaign = async (name: string, seriousConversations?: number) =>
      (
        await t.http
          .post('/api/v1/campaigns')
          .set(bearer(manager))
          .send({
            name,
            startsOn: '2026-01-01',
            endsOn: '2026-12-31',
            ...(seriousConversations ? { targets: { seriousConversations } } : {}),
          })
          .expect(201)
      ).body.id;
    campaigns.a = await campaign('Campaign A', 10);
    campaigns.b = await campaign('Campaign B', 5);
    campaigns.c = await campaign('Campaign C');
    const person = async (lastName: string, fields: Record<string, unknown>) =>
      (
        await t.http
          .post('/api/v1/applicants')
          .set(bearer(officer))
          .send({ firstName: 'Report', lastName, firstContactAt: '2026-02-01T10:00:00Z', ...fields })
          .expect(201)
      ).body.id;
    const ann = await person('Ann', {
      campaignId: campaigns.a,
      region: 'london',
      professionsOfInterest: ['podiatry', 'orthoptics'],
    });
    const bob = await person('Bob', {
      campaignId: campaigns.a,
      region: 'north_east',
      professionsOfInterest: ['podiatry'],
    });
    const cat = await person('Cat', { campaignId: campaigns.b, region: 'london' });
    catId = cat;
    const dan = await person('Dan', {
      campaignId: campaigns.a,
      region: 'london',
      professionsOfInterest: ['orthoptics'],
    });
    const log = async (
      applicantId: string,
      occurredAt: string,
      criteria: Record<string, unknown>,
      token: string,
      serious: boolean,
    ) => {
      const { body } = await t.http
        .post(`/api/v1/applicants/${applicantId}/conversations`)
        .set(bearer(token))
        .send({ occurredAt, channel: 'in_person', ...criteria })
        .expect(201);
      expect(body.serious).toBe(serious);
    };
    await log(ann, '2026-03-31T23:30:00Z', SERIOUS, officer, true);
    await log(ann, '2026-04-20T10:00:00Z', SERIOUS, officer, true);
    await log(bob, '2026-03-31T22:30:00Z', SERIOUS, aisha, true);
    await log(cat, '2026-06-15T10:00:00Z', SERIOUS, aisha, true);
    await log(dan, '2026-04-10T10:00:00Z', ORDINARY, officer, false);
  });
  afterAll(() => t.close());

  it('counts per month in London time, zero months included, with running totals and the summed target', async () => {
    const { body } = await get(PERIOD).expect(200);
    expect(body.total).toEqual({ conversations: 4, people: 3 });
    expect(body.target).toBe(15);
    expect(body.byMonth).toEqual([
      { month: '2026-03', conversations: 1, people: 1, cumulativeConversations: 1 },
      // Ann's two conversations, the first at 00:30 on 1 April in London: one person.
      { month: '2026-04', conversations: 2, people: 1, cumulativeConversations: 3 },
      { month: '2026-05', conversations: 0, people: 0, cumulativeConversations: 3 },
      { month: '2026-06', conversations: 1, people: 1, cumulativeConversations: 4 },
      { month: '2026-07', conversations: 0, people: 0, cumulativeConversations: 4 },
    ]);
  });

  it('breaks down by officer and by profession of interest', async () => {
    const { body } = await get(PERIOD).expect(200);
    expect(body.byOfficer).toEqual([
      { officerId: aishaId, officerName: 'Aisha Khan', conversations: 2, people: 2 },
      { officerId: jordanId, officerName: 'Jordan Ellis', conversations: 2, people: 1 },
    ]);
    expect(body.byProfession).toEqual([
      { profession: 'podiatry', conversations: 3, people: 2 },
      { profession: 'orthoptics', conversations: 2, people: 1 },
      { profession: null, conversations: 1, people: 1 },
    ]);
  });

  it('reads dates as whole days in London and date-times as instants', async () => {
    const april = (await get('from=2026-04-01&to=2026-04-30').expect(200)).body;
    expect(april.total).toEqual({ conversations: 2, people: 1 });
    expect(april.byMonth).toEqual([{ month: '2026-04', conversations: 2, people: 1, cumulativeConversations: 2 }]);
    // From midnight UTC, Ann's first conversation (23:30 UTC on 31 March) is left out; the month is still April.
    const fromUtc = (await get('from=2026-04-01T00:00:00Z&to=2026-05-01T00:00:00%2B01:00').expect(200)).body;
    expect(fromUtc.total).toEqual({ conversations: 1, people: 1 });
    expect(fromUtc.byMonth.map((row: { month: string }) => row.month)).toEqual(['2026-04']);
    // A date `to` includes its whole day: 31 March in London ends at 23:00 UTC.
    const march = (await get('from=2026-03-01&to=2026-03-31').expect(200)).body;
    expect(march.total).toEqual({ conversations: 1, people: 1 });
    expect(march.byOfficer).toEqual([{ officerId: aishaId, officerName: 'Aisha Khan', conversations: 1, people: 1 }]);
  });

  it('starts at the first month with a conversation when there is no from, and runs to the current month', async () => {
    const { body } = await get('').expect(200);
    const current = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
    }).format(new Date());
    expect(body.byMonth[0]).toEqual({ month: '2026-03', conversations: 1, people: 1, cumulativeConversations: 1 });
    expect(body.byMonth.at(-1).month).toBe(current);
    expect(body.byMonth.at(-1).cumulativeConversations).toBe(4);
    const [year, month] = current.split('-').map(Number);
    expect(body.byMonth).toHaveLength((year - 2026) * 12 + month - 3 + 1);
    expect(body.total).toEqual({ conversations: 4, people: 3 });
    const empty = (await get('from=2020-01-01&to=2020-02-29').expect(200)).body;
    expect(empty).toMatchObject({ total: { conversations: 0, people: 0 }, byOfficer: [], byProfession: [] });
    // No campaign ran in 2020, so there is no target to compare with.
    expect(empty.target).toBeNull();
    expect(
      empty.byMonth.map((row: { month: string; conversations: number }) => `${row.month}:${row.conversations}`),
    ).toEqual(['2020-01:0', '2020-02:0']);
  });

  it('counts a period of many years month by month, none lost or out of place', async () => {
    const { body } = await get('from=2019-01-01&to=2026-07-31').expect(200);
    expect(body.byMonth).toHaveLength(7 * 12 + 7);
    const counted = body.byMonth
      .filter((row: { conversations: number }) => row.conversations > 0)
      .map((row: { month: string; conversations: number; people: number }) => ({
        month: row.month,
        conversations: row.conversations,
        people: row.people,
      }));
    expect(counted).toEqual([
      { month: '2026-03', conversations: 1, people: 1 },
      { month: '2026-04', conversations: 2, people: 1 },
      { month: '2026-06', conversations: 1, people: 1 },
    ]);
    expect(body.byMonth.at(-1).cumulativeConversations).toBe(4);
  });

  it('filters by officer, profession, campaign (with its own target) and region', async () => {
    const byAisha = (await get(`${PERIOD}&officerId=${aishaId}`).expect(200)).body;
    expect(byAisha.total).toEqual({ conversations: 2, people: 2 });
    expect(byAisha.byOfficer.map((row: { officerName: string }) => row.officerName)).toEqual(['Aisha Khan']);

    const orthoptics = (await get(`${PERIOD}&profession=orthoptics`).expect(200)).body;
    // Only Ann had a serious one; she is interested in podiatry too.
    expect(orthoptics.total).toEqual({ conversations: 2, people: 1 });
    // Ties are in code order.
    expect(orthoptics.byProfession).toEqual([
      { profession: 'orthoptics', conversations: 2, people: 1 },
      { profession: 'podiatry', conversations: 2, people: 1 },
    ]);

    const campaignA = (await get(`${PERIOD}&campaignId=${campaigns.a}`).expect(200)).body;
    expect(campaignA).toMatchObject({ total: { conversations: 3, people: 2 }, target: 10 });
    expect((await get(`${PERIOD}&campaignId=${campaigns.b}`).expect(200)).body).toMatchObject({
      total: { conversations: 1, people: 1 },
      target: 5,
    });
    expect((await get(`${PERIOD}&campaignId=${campaigns.c}`).expect(200)).body).toMatchObject({
      total: { conversations: 0, people: 0 },
      target: null,
    });

    const london = (await get(`${PERIOD}&region=london`).expect(200)).body;
    expect(london.total).toEqual({ conversations: 3, people: 2 });
    expect(london.byMonth.map((row: { conversations: number }) => row.conversations)).toEqual([0, 2, 0, 1, 0]);
  });

  it('answers CSV with one section per grouping', async () => {
    const response = await get(`${PERIOD}&format=csv`).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="pathway-serious-conversations-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows: string[][] = parse(response.text, { bom: true });
    expect(rows[0]).toEqual(['group', 'name', 'conversations', 'people', 'cumulative conversations', 'target']);
    expect(rows.slice(1)).toEqual([
      ['total', 'All serious conversations', '4', '3', '', '15'],
      ['month', '2026-03', '1', '1', '1', ''],
      ['month', '2026-04', '2', '1', '3', ''],
      ['month', '2026-05', '0', '0', '3', ''],
      ['month', '2026-06', '1', '1', '4', ''],
      ['month', '2026-07', '0', '0', '4', ''],
      ['officer', 'Aisha Khan', '2', '2', '', ''],
      ['officer', 'Jordan Ellis', '2', '1', '', ''],
      ['profession', 'Podiatry', '3', '2', '', ''],
      ['profession', 'Orthoptics', '2', '1', '', ''],
      ['profession', 'Not recorded', '1', '1', '', ''],
    ]);
  });

  it('refuses bad query values with field details', async () => {
    const fields = async (query: string) =>
      (await get(query).expect(400)).body.details.map((detail: { field: string }) => detail.field).sort();
    expect(await fields('from=2026-02-30&to=soon&officerId=jordan&campaignId=12&region=atlantis&format=xml')).toEqual([
      'campaignId',
      'format',
      'from',
      'officerId',
      'region',
      'to',
    ]);
    // A time without its offset could be two different instants.
    expect(await fields('from=2026-04-01T10:00:00')).toEqual(['from']);
    expect(await fields('colour=red')).toEqual(['colour']);
    const backwards = await get('from=2026-05-01&to=2026-04-01').expect(400);
    expect(backwards.body).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'to', message: 'must be after from' }],
    });
    expect(
      (await get('from=1900-01-01&to=2200-01-01').expect(400)).body.details.map(
        (detail: { field: string }) => detail.field,
      ),
    ).toEqual(['from']);
    // Without `to` the period runs to today.
    expect((await get('from=1800-01-01').expect(400)).body.details).toEqual([
      { field: 'from', message: 'must be less than 100 years before the end of the period' },
    ]);
  });

  it("counts a campaign's conversations as its page does: its people's and those held at its events", async () => {
    const campaignPage = async (id: string) =>
      (await t.http.get(`/api/v1/campaigns/${id}`).set(bearer(manager)).expect(200)).body.progress.seriousConversations;
    const { body: event } = await t.http
      .post('/api/v1/events')
      .set(bearer(officer))
      .send({
        title: 'Campaign C careers fair',
        type: 'careers_fair',
        format: 'in_person',
        campaignId: campaigns.c,
        startsAt: '2026-07-02T09:00:00Z',
        endsAt: '2026-07-02T15:00:00Z',
      })
      .expect(201);
    // Cat came in through campaign B; this talk was at campaign C's fair, so it counts for both.
    await t.http
      .post(`/api/v1/applicants/${catId}/conversations`)
      .set(bearer(officer))
      .send({ occurredAt: '2026-07-02T10:00:00Z', channel: 'in_person', eventId: event.id, ...SERIOUS })
      .expect(201);
    for (const [campaign, expected] of [
      [campaigns.b, 2],
      [campaigns.c, 1],
    ] as const) {
      const report = (await get(`${PERIOD}&campaignId=${campaign}`).expect(200)).body;
      expect(report.total.conversations).toBe(expected);
      expect(await campaignPage(campaign)).toBe(expected);
    }
  });

  it('is open to officers and managers, not to coordinators', async () => {
    await get(PERIOD, await t.tokenFor('manager')).expect(200);
    await get(PERIOD, await t.tokenFor('coordinator')).expect(403);
    await t.http.get('/api/v1/reports/serious-conversations').expect(401);
  });
});
