import { parse } from 'csv-parse/sync';
import { bearer, startTestApp, TestApp } from './support/test-app';

const PERIOD = 'from=2026-01-01&to=2026-03-31';

/**
 * Hand-built events (all in the first quarter of 2026 but the last):
 * - E1 school visit, campaign "Schools push", London, hosted by Northfield Academy: 120 young people, 6 educators,
 *   2 others, 200 leaflets out and 150 taken;
 * - E2 webinar, "Schools push", no region, no host: 30 young people, 1 educator; three attendances;
 * - E3 webinar, no campaign, no region, hosted by Riverside College: 10 young people; two attendances, one of them
 *   by P1, who was at E2 as well (so the two webinars had five attendances but four different people);
 * - E4 GP waiting room, "GP leaflets", North East, hosted by Elm Street Surgery: 1,000 leaflets out, 925 taken;
 * - E5 careers fair in December 2025, hosted by Northfield Academy: outside the period.
 * People (first contact in the quarter unless said):
 * - P1 at Northfield, reached applied; P2 at Northfield, first met at E1 (hosted by Northfield: counted once);
 * - P3 at Riverside, first met at E1, reached offer (credited to both); P4 first met at E4, applied then closed;
 * - P5 first met at E3; P6 at Northfield but first met in 2025.
 */
describe('reach report (API)', () => {
  let t: TestApp;
  let officer: string;
  const org: Record<string, string> = {};
  const campaign: Record<string, string> = {};

  const get = (query: string, token = officer) => t.http.get(`/api/v1/reports/reach?${query}`).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    const manager = await t.tokenFor('manager');
    for (const [key, name, kind] of [
      ['northfield', 'Northfield Academy', 'school'],
      ['riverside', 'Riverside College', 'college'],
      ['elm', 'Elm Street Surgery', 'gp_surgery'],
    ]) {
      org[key] = (
        await t.http.post('/api/v1/organisations').set(bearer(officer)).send({ name, kind }).expect(201)
      ).body.id;
    }
    for (const [key, name] of [
      ['schools', 'Schools push'],
      ['gp', 'GP leaflets'],
    ]) {
      campaign[key] = (
        await t.http
          .post('/api/v1/campaigns')
          .set(bearer(manager))
          .send({ name, startsOn: '2025-09-01', endsOn: '2026-08-31' })
          .expect(201)
      ).body.id;
    }
    const event = async (title: string, startsAt: string, fields: Record<string, unknown>) =>
      (
        await t.http
          .post('/api/v1/events')
          .set(bearer(officer))
          .send({
            title,
            format: 'in_person',
            startsAt,
            endsAt: new Date(new Date(startsAt).getTime() + 3_600_000).toISOString(),
            ...fields,
          })
          .expect(201)
      ).body.id;
    const e1 = await event('Northfield visit', '2026-02-10T10:00:00Z', {
      type: 'school_visit',
      campaignId: campaign.schools,
      region: 'london',
      hostOrganisationId: org.northfield,
      youngPeople: 120,
      educators: 6,
      others: 2,
      leafletsDistributed: 200,
      leafletsTaken: 150,
    });
    const e2 = await event('Radiography webinar', '2026-02-20T18:00:00Z', {
      type: 'webinar',
      format: 'virtual',
      campaignId: campaign.schools,
      youngPeople: 30,
      educators: 1,
    });
    const e3 = await event('Orthoptics webinar', '2026-03-05T18:00:00Z', {
      type: 'webinar',
      format: 'virtual',
      hostOrganisationId: org.riverside,
      youngPeople: 10,
    });
    const e4 = await event('Waiting-room leaflets', '2026-03-10T09:00:00Z', {
      type: 'gp_waiting_room',
      campaignId: campaign.gp,
      region: 'north_east',
      hostOrganisationId: org.elm,
      leafletsDistributed: 1000,
      leafletsTaken: 925,
    });
    await event('Winter careers fair', '2025-12-01T10:00:00Z', {
      type: 'careers_fair',
      campaignId: campaign.schools,
      region: 'london',
      hostOrganisationId: org.northfield,
      youngPeople: 500,
    });

    const person = async (lastName: string, fields: Record<string, unknown>, moves: [string, string?][] = []) => {
      const { body } = await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({ firstName: 'Reach', lastName, firstContactAt: '2026-02-15T10:00:00Z', ...fields })
        .expect(201);
      for (const [stage, reason] of moves)
        await t.http
          .post(`/api/v1/applicants/${body.id}/stage`)
          .set(bearer(officer))
          .send({ stage, reason })
          .expect(200);
      return body.id as string;
    };
    const p1 = await person('P1', { organisationId: org.northfield, campaignId: campaign.schools, region: 'london' }, [
      ['applied'],
    ]);
    const p2 = await person(
      'P2',
      { organisationId: org.northfield, eventId: e1, campaignId: campaign.schools, region: 'london' },
      [['engaged']],
    );
    const p3 = await person(
      'P3',
      { organisationId: org.riverside, eventId: e1, campaignId: campaign.schools, region: 'london' },
      [['offer']],
    );
    await person('P4', { eventId: e4, campaignId: campaign.gp, region: 'north_east' }, [
      ['applied'],
      ['closed', 'chose_other_course'],
    ]);
    const p5 = await person('P5', { eventId: e3, region: 'north_east' });
    await person('P6', { organisationId: org.northfield, region: 'london', firstContactAt: '2025-06-01T10:00:00Z' });
    for (const [eventId, attendee] of [
      [e2, p1],
      [e2, p2],
      [e2, p3],
      [e3, p5],
      [e3, p1],
      [e1, p2],
    ]) {
      await t.http
        .post(`/api/v1/events/${eventId}/attendees`)
        .set(bearer(officer))
        .send({ applicantId: attendee })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  const figures = (fields: Record<string, number | null>) => ({
    events: 0,
    youngPeople: 0,
    educators: 0,
    others: 0,
    webinars: 0,
    webinarAttendance: 0,
    leafletsDistributed: 0,
    leafletsTaken: 0,
    leafletTakeUp: null,
    ...fields,
  });
  const e1 = {
    events: 1,
    youngPeople: 120,
    educators: 6,
    others: 2,
    leafletsDistributed: 200,
    leafletsTaken: 150,
    leafletTakeUp: 0.75,
  };
  const e4 = { events: 1, leafletsDistributed: 1000, leafletsTaken: 925, leafletTakeUp: 0.925 };

  it('adds up the events held in the period, webinars and the people at them, and leaflet take-up', async () => {
    const { body } = await get(PERIOD).expect(200);
    expect(body.total).toEqual(
      figures({
        events: 4,
        youngPeople: 160,
        educators: 7,
        others: 2,
        webinars: 2,
        // P1, P2, P3 and P5: P1 was at both webinars and counts once.
        webinarAttendance: 4,
        leafletsDistributed: 1200,
        leafletsTaken: 1075,
        leafletTakeUp: 0.896,
      }),
    );
    expect(body.byType).toEqual([
      { type: 'school_visit', ...figures(e1) },
      { type: 'webinar', ...figures({ events: 2, youngPeople: 40, educators: 1, webinars: 2, webinarAttendance: 4 }) },
      { type: 'gp_waiting_room', ...figures(e4) },
    ]);
  });

  it('groups by campaign (events outside any campaign last) and by region (not recorded last)', async () => {
    const { body } = await get(PERIOD).expect(200);
    expect(body.byCampaign).toEqual([
      { campaignId: campaign.gp, campaignName: 'GP leaflets', ...figures(e4) },
      {
        campaignId: campaign.schools,
        campaignName: 'Schools push',
        ...figures({
          events: 2,
          youngPeople: 150,
          educators: 7,
          others: 2,
          webinars: 1,
          webinarAttendance: 3,
          leafletsDistributed: 200,
          leafletsTaken: 150,
          leafletTakeUp: 0.75,
        }),
      },
      {
        campaignId: null,
        campaignName: 'No campaign',
        ...figures({ events: 1, youngPeople: 10, webinars: 1, webinarAttendance: 2 }),
      },
    ]);
    expect(body.byRegion).toEqual([
      { region: 'north_east', ...figures(e4) },
      { region: 'london', ...figures(e1) },
      { region: null, ...figures({ events: 2, youngPeople: 40, educators: 1, webinars: 2, webinarAttendance: 4 }) },
    ]);
  });

  it('credits schools, colleges and hosts with the people who came through them, once each', async () => {
    const { body } = await get(PERIOD).expect(200);
    expect(body.intermediaries).toEqual([
      // P1, P2 (school and host both), P3 (first met at its event); P1 and P3 applied.
      {
        organisationId: org.northfield,
        name: 'Northfield Academy',
        kind: 'school',
        applicants: 3,
        applications: 2,
        eventsHosted: 1,
      },
      // P3 (its student), P5 (first met at its webinar).
      {
        organisationId: org.riverside,
        name: 'Riverside College',
        kind: 'college',
        applicants: 2,
        applications: 1,
        eventsHosted: 1,
      },
      // P4 applied and later closed: reaching applied still counts.
      {
        organisationId: org.elm,
        name: 'Elm Street Surgery',
        kind: 'gp_surgery',
        applicants: 1,
        applications: 1,
        eventsHosted: 1,
      },
    ]);
    const allTime = (await get('').expect(200)).body;
    expect(allTime.total).toMatchObject({ events: 5, youngPeople: 660 });
    expect(allTime.intermediaries[0]).toEqual({
      organisationId: org.northfield,
      name: 'Northfield Academy',
      kind: 'school',
      applicants: 4,
      applications: 2,
      eventsHosted: 2,
    });
  });

  it('filters by type, campaign and region', async () => {
    const webinars = (await get(`${PERIOD}&type=webinar`).expect(200)).body;
    expect(webinars.total).toEqual(
      figures({ events: 2, youngPeople: 40, educators: 1, webinars: 2, webinarAttendance: 4 }),
    );
    // Only hosted webinars credit: P5 through Riverside's.
    expect(webinars.intermediaries).toEqual([
      {
        organisationId: org.riverside,
        name: 'Riverside College',
        kind: 'college',
        applicants: 1,
        applications: 0,
        eventsHosted: 1,
      },
    ]);

    const schools = (await get(`${PERIOD}&campaignId=${campaign.schools}`).expect(200)).body;
    expect(schools.total).toMatchObject({ events: 2, youngPeople: 150 });
    expect(schools.byCampaign.map((row: { campaignName: string }) => row.campaignName)).toEqual(['Schools push']);
    expect(
      schools.intermediaries.map(
        (row: { name: string; applicants: number; eventsHosted: number }) =>
          `${row.name}:${row.applicants}:${row.eventsHosted}`,
      ),
    ).toEqual(['Northfield Academy:3:1', 'Riverside College:1:0']);

    const northEast = (await get(`${PERIOD}&region=north_east`).expect(200)).body;
    expect(northEast.total).toEqual(figures(e4));
    expect(
      northEast.intermediaries.map((row: { name: string; applicants: number }) => `${row.name}:${row.applicants}`),
    ).toEqual(['Elm Street Surgery:1', 'Riverside College:1']);

    const none = (await get('from=2020-01-01&to=2020-12-31').expect(200)).body;
    expect(none).toEqual({ total: figures({}), byType: [], byCampaign: [], byRegion: [], intermediaries: [] });
  });

  it('answers CSV with a section per grouping and the intermediaries', async () => {
    const response = await get(`${PERIOD}&format=csv`).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="pathway-reach-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows: string[][] = parse(response.text, { bom: true });
    expect(rows[0]).toEqual([
      'group',
      'name',
      'events',
      'young people',
      'educators',
      'others',
      'webinars',
      'webinar attendees',
      'leaflets distributed',
      'leaflets taken',
      'leaflet take-up',
      'organisation kind',
      'applicants',
      'applications',
      'events hosted',
    ]);
    const blank = ['', '', '', ''];
    expect(rows.slice(1)).toEqual([
      ['total', 'All events', '4', '160', '7', '2', '2', '4', '1200', '1075', '0.896', ...blank],
      ['type', 'School visit', '1', '120', '6', '2', '0', '0', '200', '150', '0.75', ...blank],
      ['type', 'Webinar', '2', '40', '1', '0', '2', '4', '0', '0', '', ...blank],
      ['type', 'GP waiting room', '1', '0', '0', '0', '0', '0', '1000', '925', '0.925', ...blank],
      ['campaign', 'GP leaflets', '1', '0', '0', '0', '0', '0', '1000', '925', '0.925', ...blank],
      ['campaign', 'Schools push', '2', '150', '7', '2', '1', '3', '200', '150', '0.75', ...blank],
      ['campaign', 'No campaign', '1', '10', '0', '0', '1', '2', '0', '0', '', ...blank],
      ['region', 'North East', '1', '0', '0', '0', '0', '0', '1000', '925', '0.925', ...blank],
      ['region', 'London', '1', '120', '6', '2', '0', '0', '200', '150', '0.75', ...blank],
      ['region', 'Not recorded', '2', '40', '1', '0', '2', '4', '0', '0', '', ...blank],
      ['intermediary', 'Northfield Academy', '', '', '', '', '', '', '', '', '', 'School', '3', '2', '1'],
      ['intermediary', 'Riverside College', '', '', '', '', '', '', '', '', '', 'College', '2', '1', '1'],
      ['intermediary', 'Elm Street Surgery', '', '', '', '', '', '', '', '', '', 'GP surgery', '1', '1', '1'],
    ]);
  });

  it('refuses bad query values with field details, and keeps coordinators out', async () => {
    const bad = await get('from=2026-13-01&to=later&type=party&region=atlantis&campaignId=nope&format=pdf').expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'campaignId',
      'format',
      'from',
      'region',
      'to',
      'type',
    ]);
    expect((await get('from=2026-03-01&to=2026-02-01').expect(400)).body.details).toEqual([
      { field: 'to', message: 'must be after from' },
    ]);
    await get(PERIOD, await t.tokenFor('manager')).expect(200);
    await get(PERIOD, await t.tokenFor('coordinator')).expect(403);
  });
});
