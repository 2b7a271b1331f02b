import { dayIn, dueBoundaries, monthWindows, startOfYearIn } from '@pathway/domain';
import { bearer, startTestApp, TestApp } from './support/test-app';

const GOOD = {
  induction: 4,
  supervision: 5,
  learning: 4,
  team: 5,
  facilities: 3,
  raising_concerns: true,
  overall: 4,
  recommend: 9,
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const SERIOUS = {
  channel: 'phone',
  twoWay: true,
  professionDiscussed: true,
  fundingDiscussed: true,
  nextStepAgreed: true,
  nextStep: 'Open day',
};

interface Kpi {
  key: string;
  value: number | null;
  unit: string;
  target?: number | null;
  trend?: { month: string; value: number | null }[];
  link?: string;
}

describe('dashboard (API)', () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let coordinator: string;
  const started = new Date();
  const months = monthWindows(started, 'Europe/London');
  const thisMonth = months[11];
  const recently = new Date(started.getTime() - 60_000);
  /** 1 when an instant a minute ago still falls in the current month (it does, bar the first minute of a month). */
  const ifThisMonth = (at: Date) => (at >= thisMonth.from ? 1 : 0);
  const dueSoon = new Date(started.getTime() + 5 * 60_000);

  const dashboard = async (token: string) => {
    const { body } = await t.http.get('/api/v1/dashboard').set(bearer(token)).expect(200);
    return {
      role: body.role as string,
      kpi: (key: string) => (body.kpis as Kpi[]).find((kpi) => kpi.key === key),
      keys: (body.kpis as Kpi[]).map((kpi) => kpi.key),
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, coordinator] = [
      await t.tokenFor('officer'),
      await t.tokenFor('manager'),
      await t.tokenFor('coordinator'),
    ];
    const applicant = async (lastName: string, firstContactAt: Date, moves: string[]) => {
      const { body } = await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({
          firstName: 'Dash',
          lastName,
          source: 'event',
          professionsOfInterest: ['podiatry'],
          firstContactAt: firstContactAt.toISOString(),
        })
        .expect(201);
      for (const stage of moves)
        await t.http.post(`/api/v1/applicants/${body.id}/stage`).set(bearer(officer)).send({ stage }).expect(200);
      return body.id as string;
    };
    // This month: one applies, one goes all the way to enrolment, one stays an enquiry but has a serious conversation.
    await applicant('Applied', recently, ['engaged', 'applied']);
    await applicant('Enrolled', recently, ['offer', 'enrolled']);
    const talker = await applicant('Talker', recently, []);
    await t.http
      .post(`/api/v1/applicants/${talker}/conversations`)
      .set(bearer(officer))
      .send({ ...SERIOUS, occurredAt: recently.toISOString() })
      .expect(201);
    await t.http
      .post(`/api/v1/applicants/${talker}/conversations`)
      .set(bearer(officer))
      .send({ channel: 'email', occurredAt: recently.toISOString() })
      .expect(201);
    // First contacted long ago: outside the twelve-month cohort, though they apply now.
    await applicant('Old', new Date(started.getTime() - 800 * 86_400_000), ['applied']);
    // Follow-ups for the officer: one overdue, one due in a few minutes (the serious conversation added one due in 7 days).
    await t.http
      .post('/api/v1/follow-ups')
      .set(bearer(officer))
      .send({ applicantId: talker, type: 'call', dueAt: new Date(started.getTime() - 86_400_000).toISOString() })
      .expect(201);
    await t.http
      .post('/api/v1/follow-ups')
      .set(bearer(officer))
      .send({ applicantId: talker, type: 'email', dueAt: dueSoon.toISOString() })
      .expect(201);

    const year = Number(thisMonth.month.slice(0, 4));
    const campaign = (name: string, startsOn: string, endsOn: string, seriousConversations: number) =>
      t.http
        .post('/api/v1/campaigns')
        .set(bearer(manager))
        .send({ name, startsOn, endsOn, targets: { seriousConversations } })
        .expect(201);
    await campaign('Running', `${year}-01-01`, `${year + 1}-12-31`, 40);
    await campaign('Also running', `${year - 1}-06-01`, `${year + 2}-01-31`, 10);
    await campaign('Finished', `${year - 3}-01-01`, `${year - 2}-12-31`, 500);
    const event = (title: string, startsAt: Date, youngPeople: number) =>
      t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({
          title,
          type: 'school_visit',
          format: 'in_person',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 30_000).toISOString(),
          youngPeople,
        })
        .expect(201);
    await event('Held', recently, 120);
    await event('Coming up', new Date(started.getTime() + 30 * 86_400_000), 999);

    // Students: five of the 2024 orthoptics cohort (four still on the course), so that group is shown; the enrolled
    // applicant above makes a group of one, which stays hidden.
    for (const [index, status] of ['active', 'active', 'active', 'completed', 'withdrawn'].entries()) {
      await t.http
        .post('/api/v1/students')
        .set(bearer(coordinator))
        .send({
          firstName: 'Cohort',
          lastName: `Member${index}`,
          profession: 'orthoptics',
          route: 'bsc',
          cohort: 2024,
          status,
          ...(status === 'withdrawn' ? { withdrawalReason: 'financial' } : {}),
        })
        .expect(201);
    }
    // Feedback: three survey links, two answered (one raising a concern, with consent to be contacted).
    const { body: site } = await t.http
      .post('/api/v1/placement-sites')
      .set(bearer(coordinator))
      .send({ name: 'Eye clinic', professions: ['orthoptics'] })
      .expect(201);
    const { body: students } = await t.http.get('/api/v1/students?pageSize=5').set(bearer(coordinator)).expect(200);
    const links: string[] = [];
    for (const student of students.items.slice(0, 3)) {
      const { body: placement } = await t.http
        .post('/api/v1/placements')
        .set(bearer(coordinator))
        .send({ studentId: student.id, siteId: site.id, startsOn: day(-30), endsOn: day(-1), yearOfStudy: 2 })
        .expect(201);
      const { body: invitation } = await t.http
        .post(`/api/v1/placements/${placement.id}/survey-invitation`)
        .set(bearer(coordinator))
        .expect(201);
      links.push(new URL(invitation.url).pathname.replace('/survey/', '/api/v1/public/surveys/'));
    }
    await t.http.post(links[0]).send({ answers: GOOD, concernRaised: false, consentToContact: false }).expect(201);
    await t.http
      .post(links[1])
      .send({
        answers: { ...GOOD, overall: 2 },
        concernRaised: true,
        concernText: 'No supervisor for a week',
        consentToContact: true,
      })
      .expect(201);
  });
  afterAll(() => t.close());

  it('shows a manager conversion, serious conversations against target, reach, retention and concerns', async () => {
    const { role, kpi, keys } = await dashboard(manager);
    expect(role).toBe('manager');
    expect(keys).toEqual([
      'new_applicants',
      'serious_conversations',
      'applications',
      'enrolments',
      'enquiry_to_applied',
      'events_held',
      'young_people_reached',
      'retention',
      'open_concerns',
    ]);
    expect(kpi('new_applicants')).toMatchObject({
      value: 3 * ifThisMonth(recently),
      unit: 'count',
      link: '/reports/funnel',
    });
    expect(kpi('new_applicants')?.trend?.map((point) => point.month)).toEqual(months.map((month) => month.month));
    expect(kpi('new_applicants')?.trend?.reduce((sum, point) => sum + (point.value ?? 0), 0)).toBe(3);
    expect(kpi('serious_conversations')).toMatchObject({
      value: ifThisMonth(recently),
      target: 50,
      link: expect.stringMatching(/^\/reports\/serious-conversations\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/),
    });
    // Applied: Applied, Enrolled (skipped past applied) and Old, all reaching it now.
    expect(kpi('applications')?.value).toBe(3);
    expect(kpi('enrolments')?.value).toBe(1);
    expect(kpi('events_held')).toMatchObject({
      value: recently >= startOfYearIn(started, 'Europe/London') ? 1 : 0,
      link: '/reports/reach',
    });
    expect(kpi('young_people_reached')?.value).toBe(recently >= startOfYearIn(started, 'Europe/London') ? 120 : 0);
    expect(kpi('young_people_reached')?.trend?.reduce((sum, point) => sum + (point.value ?? 0), 0)).toBe(120);
    // Retention: only the shown group of five counts (4 of 5 still on the course or completed).
    expect(kpi('retention')).toMatchObject({ value: 0.8, unit: 'rate' });
    expect(kpi('open_concerns')?.value).toBe(1);
  });

  it("agrees with the funnel report on enquiry → applied for the last twelve months' cohort", async () => {
    const { kpi } = await dashboard(manager);
    const { body: funnel } = await t.http
      .get(`/api/v1/reports/funnel?from=${months[0].from.toISOString()}`)
      .set(bearer(manager))
      .expect(200);
    const applied = funnel.stages.find((stage: { stage: string }) => stage.stage === 'applied');
    expect(funnel.cohortSize).toBe(3);
    expect(kpi('enquiry_to_applied')).toMatchObject({ unit: 'rate', value: applied.cumulativeConversion });
    expect(kpi('enquiry_to_applied')?.value).toBeCloseTo(2 / 3, 2);
  });

  it('agrees with the serious-conversations report for this month, count and target, and links to it', async () => {
    const { kpi } = await dashboard(manager);
    const serious = kpi('serious_conversations');
    const query = serious?.link?.split('?')[1] ?? '';
    expect(query).toBe(
      `from=${dayIn(thisMonth.from, 'Europe/London')}&to=${dayIn(new Date(thisMonth.to.getTime() - 1), 'Europe/London')}`,
    );
    const { body: report } = await t.http
      .get(`/api/v1/reports/serious-conversations?${query}`)
      .set(bearer(manager))
      .expect(200);
    expect(report.total.conversations).toBe(serious?.value);
    expect(report.target).toBe(serious?.target);
  });

  it('gives an admin the same figures as a manager', async () => {
    const admin = await dashboard(await t.tokenFor('admin'));
    const managers = await dashboard(manager);
    expect(admin.role).toBe('admin');
    expect(admin.keys).toEqual(managers.keys);
    expect(admin.kpi('applications')?.value).toBe(managers.kpi('applications')?.value);
  });

  it('shows an officer their follow-ups due, their pipeline and their serious conversations', async () => {
    const { role, kpi, keys } = await dashboard(officer);
    expect(role).toBe('officer');
    expect(keys.slice(0, 3)).toEqual(['follow_ups_overdue', 'follow_ups_today', 'my_serious_conversations']);
    expect(kpi('follow_ups_overdue')).toMatchObject({ value: 1, link: '/follow-ups' });
    const { startOfTomorrow } = dueBoundaries(new Date(), 'Europe/London');
    expect(kpi('follow_ups_today')?.value).toBe(dueSoon < startOfTomorrow ? 1 : 0);
    expect(kpi('my_serious_conversations')?.value).toBe(ifThisMonth(recently));
    expect(
      ['enquiry', 'engaged', 'serious_conversation', 'applied', 'offer', 'enrolled'].map(
        (stage) => kpi(`my_stage_${stage}`)?.value,
      ),
    ).toEqual([0, 0, 1, 2, 0, 1]);
  });

  it('shows a coordinator feedback to review, concerns, students at risk and the response rate, and no applicant figures', async () => {
    const { role, kpi, keys } = await dashboard(coordinator);
    expect(role).toBe('coordinator');
    expect(keys).toEqual([
      'responses_awaiting_review',
      'open_concerns',
      'overdue_concerns',
      'at_risk_students',
      'survey_response_rate',
    ]);
    expect(keys.some((key) => /applicant|applications|enrol|stage|serious/.test(key))).toBe(false);
    expect(kpi('responses_awaiting_review')?.value).toBe(2);
    expect(kpi('open_concerns')?.value).toBe(1);
    expect(kpi('overdue_concerns')?.value).toBe(0);
    expect(kpi('at_risk_students')?.value).toBe(1);
    expect(kpi('survey_response_rate')).toMatchObject({ value: 0.667, unit: 'rate' });

    // A concern past its due time is overdue until it is resolved.
    const { body: concerns } = await t.http.get('/api/v1/concerns').set(bearer(coordinator)).expect(200);
    const concern = concerns.items[0];
    await t.http
      .patch(`/api/v1/concerns/${concern.id}`)
      .set(bearer(coordinator))
      .send({ version: concern.version, dueAt: new Date(Date.now() - 3_600_000).toISOString() })
      .expect(200);
    expect((await dashboard(coordinator)).kpi('overdue_concerns')?.value).toBe(1);
  });

  it('needs a sign-in', async () => {
    await t.http.get('/api/v1/dashboard').expect(401);
  });
});
