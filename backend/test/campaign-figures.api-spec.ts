import { parse } from 'csv-parse/sync';
import { bearer, startTestApp, TestApp } from './support/test-app';

/**
 * The reach figures the "I See the Difference" campaign reported, entered as events, come back out of the reach
 * report and its CSV: 470 events (100 of them webinars, with 25 young people each), 25,000 young people and 1,500
 * educators in all, and 9,250 of 10,000 leaflets taken from ten GP waiting rooms.
 */
describe('campaign figures through the reach report (API)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    const event = (index: number, fields: Record<string, unknown>) =>
      t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({
          title: `Campaign event ${index}`,
          format: 'in_person',
          startsAt: new Date(Date.UTC(2019, 0, 1) + index * 86_400_000).toISOString(),
          endsAt: new Date(Date.UTC(2019, 0, 1) + index * 86_400_000 + 3_600_000).toISOString(),
          ...fields,
        })
        .expect(201);
    let index = 0;
    // 360 school visits: 22,500 young people (62 or 63 each) and 1,500 educators (4 or 5 each).
    for (let visit = 0; visit < 360; visit++) {
      await event(index++, { type: 'school_visit', youngPeople: visit % 2 ? 63 : 62, educators: visit < 60 ? 5 : 4 });
    }
    for (let webinar = 0; webinar < 100; webinar++) {
      await event(index++, { type: 'webinar', format: 'virtual', youngPeople: 25 });
    }
    for (let surgery = 0; surgery < 10; surgery++) {
      await event(index++, { type: 'gp_waiting_room', leafletsDistributed: 1000, leafletsTaken: 925 });
    }
  }, 300_000);
  afterAll(() => t.close());

  it('shows each reported figure in the totals, the webinar row and the CSV', async () => {
    const { body } = await t.http
      .get('/api/v1/reports/reach?from=2019-01-01&to=2021-12-31')
      .set(bearer(officer))
      .expect(200);
    expect(body.total).toMatchObject({
      events: 470,
      youngPeople: 25_000,
      educators: 1_500,
      webinars: 100,
      leafletsDistributed: 10_000,
      leafletsTaken: 9_250,
      leafletTakeUp: 0.925,
    });
    const webinars = body.byType.find((row: { type: string }) => row.type === 'webinar');
    expect(webinars).toMatchObject({ events: 100, youngPeople: 2_500 });

    const csv = await t.http
      .get('/api/v1/reports/reach?from=2019-01-01&to=2021-12-31&format=csv')
      .set(bearer(officer))
      .expect(200);
    const rows: string[][] = parse(csv.text, { bom: true });
    const header = rows[0];
    const total = rows.find((row) => row[0] === 'total');
    expect(total).toBeDefined();
    const cell = (name: string) => (total as string[])[header.indexOf(name)];
    expect([cell('events'), cell('young people'), cell('educators'), cell('webinars'), cell('leaflets taken')]).toEqual(
      ['470', '25000', '1500', '100', '9250'],
    );
  });
});
