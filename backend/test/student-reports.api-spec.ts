import { bearer, startTestApp, TestApp } from './support/test-app';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const answers = (overall: number) => ({
  induction: 4,
  supervision: 4,
  learning: 5,
  team: 4,
  facilities: 3,
  raising_concerns: true,
  overall,
  recommend: 8,
});

describe('retention, placement experience and at-risk (API)', () => {
  let t: TestApp;
  let coordinator: string;
  let bigSite: string;
  let smallSite: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.tokenFor('coordinator');
    bigSite = (
      await t.http.post('/api/v1/placement-sites').set(bearer(coordinator)).send({ name: 'Big site' }).expect(201)
    ).body.id;
    smallSite = (
      await t.http.post('/api/v1/placement-sites').set(bearer(coordinator)).send({ name: 'Small site' }).expect(201)
    ).body.id;
    // Six 2024 podiatry students: 3 active, 1 completed, 2 withdrawn (financial); three 2024 orthoptics students.
    const statuses = [
      ['active'],
      ['active'],
      ['active'],
      ['completed'],
      ['withdrawn', 'financial'],
      ['withdrawn', 'financial'],
    ];
    for (const [index, [status, reason]] of statuses.entries()) {
      const { body: s } = await t.http
        .post('/api/v1/students')
        .set(bearer(coordinator))
        .send({
          firstName: 'Pod',
          lastName: `Student${index}`,
          profession: 'podiatry',
          route: 'bsc',
          cohort: 2024,
          status,
          withdrawalReason: reason ?? null,
        })
        .expect(201);
      const { body: p } = await t.http
        .post('/api/v1/placements')
        .set(bearer(coordinator))
        .send({ studentId: s.id, siteId: bigSite, startsOn: day(-20), endsOn: day(-1), yearOfStudy: 2 })
        .expect(201);
      const { body: invitation } = await t.http
        .post(`/api/v1/placements/${p.id}/survey-invitation`)
        .set(bearer(coordinator))
        .expect(201);
      const path = new URL(invitation.url).pathname.replace('/survey/', '/api/v1/public/surveys/');
      await t.http
        .post(path)
        .send({ answers: answers(index === 0 ? 1 : 4), consentToContact: index === 0 })
        .expect(201);
    }
    for (let index = 0; index < 3; index++) {
      const { body: s } = await t.http
        .post('/api/v1/students')
        .set(bearer(coordinator))
        .send({ firstName: 'Orth', lastName: `Student${index}`, profession: 'orthoptics', route: 'bsc', cohort: 2024 })
        .expect(201);
      const { body: p } = await t.http
        .post('/api/v1/placements')
        .set(bearer(coordinator))
        .send({ studentId: s.id, siteId: smallSite, startsOn: day(-20), endsOn: day(-1), yearOfStudy: 1 })
        .expect(201);
      const { body: invitation } = await t.http
        .post(`/api/v1/placements/${p.id}/survey-invitation`)
        .set(bearer(coordinator))
        .expect(201);
      const path = new URL(invitation.url).pathname.replace('/survey/', '/api/v1/public/surveys/');
      await t.http
        .post(path)
        .send({ answers: answers(2), concernRaised: index === 0, concernText: index === 0 ? 'Felt unsafe' : null })
        .expect(201);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('reports retention per cohort and profession, suppressing groups under five', async () => {
    const { body } = await t.http
      .get('/api/v1/reports/retention?cohort=2024')
      .set(bearer(await t.tokenFor('manager')))
      .expect(200);
    const podiatry = body.rows.find((row: { profession: string }) => row.profession === 'podiatry');
    expect(podiatry.enrolled).toEqual({ value: 6, count: 6, suppressed: false });
    expect(podiatry.retentionRate.value).toBeCloseTo(0.667, 3);
    expect(podiatry.byStatus.withdrawn.value).toBe(2);
    expect(podiatry.withdrawalReasons.financial.value).toBe(2);
    const orthoptics = body.rows.find((row: { profession: string }) => row.profession === 'orthoptics');
    expect(orthoptics.enrolled).toEqual({ value: null, count: null, suppressed: true });
    expect(orthoptics.retentionRate.suppressed).toBe(true);
    expect(orthoptics.byStatus.active).toEqual({ value: null, count: null, suppressed: true });
  });

  it('scores placement experience by domain and site, suppressing sites under five responses', async () => {
    const { body } = await t.http
      .get('/api/v1/reports/placement-experience')
      .set(bearer(await t.tokenFor('manager')))
      .expect(200);
    expect(body.overall.responses.value).toBe(9);
    const big = body.sites.find((site: { siteName: string }) => site.siteName === 'Big site');
    const overall = big.domains.find((domain: { domain: string }) => domain.domain === 'overall');
    expect(overall.mean.value).toBeCloseTo((1 + 4 * 5) / 6, 2);
    expect(overall.distribution.value).toEqual({ '1': 1, '4': 5 });
    const concerns = big.domains.find((domain: { domain: string }) => domain.domain === 'raising_concerns');
    expect(concerns.distribution.value).toEqual({ yes: 6 });
    // A yes/no domain has a share of yes answers, and no mean at all (not a hidden one).
    expect(concerns.yesRate).toEqual({ value: 1, count: 6, suppressed: false });
    expect(concerns.mean).toEqual({ value: null, count: 0, suppressed: false });
    expect(overall.yesRate).toEqual({ value: null, count: 0, suppressed: false });
    const small = body.sites.find((site: { siteName: string }) => site.siteName === 'Small site');
    expect(small.responses.suppressed).toBe(true);
    type Figure = { value: number | null; suppressed: boolean };
    const hiddenOrAbsent = (figure: Figure) => figure.suppressed || figure.value === null;
    expect(
      small.domains.every(
        (domain: { mean: Figure; yesRate: Figure; distribution: { suppressed: boolean } }) =>
          hiddenOrAbsent(domain.mean) && hiddenOrAbsent(domain.yesRate) && domain.distribution.suppressed,
      ),
    ).toBe(true);
    expect(
      small.domains.find((domain: { domain: string }) => domain.domain === 'raising_concerns').yesRate.suppressed,
    ).toBe(true);
    await t.http
      .get('/api/v1/reports/placement-experience')
      .set(bearer(await t.tokenFor('officer')))
      .expect(403);
  });

  it('lists at-risk students for coordinators, naming only those who consented', async () => {
    const { body } = await t.http.get('/api/v1/students/at-risk').set(bearer(coordinator)).expect(200);
    expect(body.students).toEqual([
      expect.objectContaining({ name: 'Pod Student0', overallScore: 1, siteName: 'Big site' }),
    ]);
    expect(body.unidentifiedResponses).toBe(3);
    await t.http
      .get('/api/v1/students/at-risk')
      .set(bearer(await t.tokenFor('manager')))
      .expect(403);
  });
});
