import { DataSource } from 'typeorm';
import { SurveyInvitationEntity } from '../src/modules/surveys/survey.entities';
import { bearer, startTestApp, TestApp } from './support/test-app';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const GOOD = {
  induction: 4,
  supervision: 5,
  learning: 4,
  team: 5,
  facilities: 3,
  raising_concerns: true,
  overall: 4,
  recommend: 9,
  went_well: 'Great team',
};

describe('placement-experience surveys (API)', () => {
  let t: TestApp;
  let coordinator: string;
  let siteId: string;
  let counter = 0;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.tokenFor('coordinator');
    siteId = (
      await t.http
        .post('/api/v1/placement-sites')
        .set(bearer(coordinator))
        .send({ name: 'Podiatry clinic, Eastgate', professions: ['podiatry'] })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  /** A student on a placement, and a fresh survey link for it. */
  const placementWithLink = async (lastName = `Surveyed${++counter}`) => {
    const { body: student } = await t.http
      .post('/api/v1/students')
      .set(bearer(coordinator))
      .send({
        firstName: 'Noor',
        lastName,
        email: `${lastName.toLowerCase()}@uni.example.org`,
        profession: 'podiatry',
        route: 'bsc',
        cohort: 2025,
      })
      .expect(201);
    const { body: placement } = await t.http
      .post('/api/v1/placements')
      .set(bearer(coordinator))
      .send({ studentId: student.id, siteId, startsOn: day(-30), endsOn: day(-1), yearOfStudy: 2 })
      .expect(201);
    const { body: invitation } = await t.http
      .post(`/api/v1/placements/${placement.id}/survey-invitation`)
      .set(bearer(coordinator))
      .expect(201);
    const path = new URL(invitation.url).pathname.replace('/survey/', '/api/v1/public/surveys/');
    return { student, placement, invitation, path };
  };

  it('serves the default template at a single-use link and stores an anonymous answer', async () => {
    const { placement, invitation, path, student } = await placementWithLink('Anonymous');
    expect(invitation.url).toMatch(/\/survey\/[A-Za-z0-9_-]{32}$/);
    const survey = await t.http.get(path).expect(200);
    expect(survey.body.siteName).toBe('Podiatry clinic, Eastgate');
    expect(survey.body.questions.map((question: { domain: string }) => question.domain)).toEqual(
      expect.arrayContaining([
        'induction',
        'supervision',
        'learning',
        'team',
        'facilities',
        'raising_concerns',
        'overall',
        'recommend',
        'comments',
      ]),
    );
    await t.http.post(path).send({ answers: GOOD }).expect(201);
    expect((await t.http.post(path).send({ answers: GOOD }).expect(409)).body.code).toBe('already_submitted');
    await t.http.get(path).expect(409);

    const responses = await t.http
      .get(`/api/v1/survey-responses?siteId=${siteId}`)
      .set(bearer(coordinator))
      .expect(200);
    const mine = responses.body.items.find(
      (item: { answers: { went_well?: string } }) => item.answers.went_well === 'Great team',
    );
    expect(mine).toMatchObject({
      profession: 'podiatry',
      yearOfStudy: 2,
      cohort: 2025,
      student: null,
      consentToContact: false,
      reviewStatus: 'new',
    });
    expect(mine.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const body = JSON.stringify(responses.body);
    expect(body).not.toContain(student.id);
    expect(body).not.toContain('Anonymous');
    expect(body).not.toContain(placement.id);

    const placements = await t.http.get(`/api/v1/placements?studentId=${student.id}`).set(bearer(coordinator));
    expect(placements.body.items[0].surveyStatus).toBe('answered');
  });

  it('links the student only when they consent to be contacted', async () => {
    const { path, student } = await placementWithLink('Consenting');
    await t.http
      .post(path)
      .send({ answers: { ...GOOD, went_well: 'Consenting answer' }, consentToContact: true })
      .expect(201);
    const responses = await t.http.get('/api/v1/survey-responses?pageSize=100').set(bearer(coordinator));
    const mine = responses.body.items.find(
      (item: { answers: { went_well?: string } }) => item.answers.went_well === 'Consenting answer',
    );
    expect(mine.student).toEqual({ id: student.id, name: 'Noor Consenting', email: 'consenting@uni.example.org' });
  });

  it('opens a concern when one is raised, listed for coordinators with the overdue first', async () => {
    const { path } = await placementWithLink('Concerned');
    const missingText = await t.http.post(path).send({ answers: GOOD, concernRaised: true }).expect(400);
    expect(missingText.body.details).toEqual([
      { field: 'concernText', message: 'is needed to raise a concern: tell us what happened' },
    ]);
    await t.http
      .post(path)
      .send({
        answers: { ...GOOD, overall: 1 },
        concernRaised: true,
        concernText: 'I was left alone with patients on my first day',
      })
      .expect(201);
    const concerns = await t.http.get(`/api/v1/concerns?siteId=${siteId}`).set(bearer(coordinator)).expect(200);
    const concern = concerns.body.items.find((item: { concernText: string }) =>
      item.concernText.startsWith('I was left alone'),
    );
    expect(concern).toMatchObject({
      tier: '2_programme',
      status: 'open',
      siteName: 'Podiatry clinic, Eastgate',
      ownerId: null,
      overdue: false,
    });
    expect(JSON.stringify(concerns.body)).not.toContain('Concerned');

    const urgent = await t.http
      .patch(`/api/v1/concerns/${concern.id}`)
      .set(bearer(coordinator))
      .send({ version: concern.version, tier: '3_urgent', status: 'investigating' })
      .expect(200);
    expect(urgent.body.tier).toBe('3_urgent');
    expect(new Date(urgent.body.dueAt).getTime() - Date.now()).toBeLessThan(2.01 * 86_400_000);
    const noResolution = await t.http
      .patch(`/api/v1/concerns/${concern.id}`)
      .set(bearer(coordinator))
      .send({ version: urgent.body.version, status: 'resolved' })
      .expect(400);
    expect(noResolution.body.details[0].field).toBe('resolution');
    const resolved = await t.http
      .patch(`/api/v1/concerns/${concern.id}`)
      .set(bearer(coordinator))
      .send({
        version: urgent.body.version,
        status: 'resolved',
        resolution: 'Supervision rota fixed',
        youSaidWeDid: 'You said you were left alone; every student now has a named supervisor each shift.',
      })
      .expect(200);
    expect(resolved.body.status).toBe('resolved');
  });

  it('checks answers against the questions and stores nothing on error', async () => {
    const { path } = await placementWithLink();
    const bad = await t.http
      .post(path)
      .send({ answers: { ...GOOD, induction: 7, recommend: 'lots', raising_concerns: 'yes', nickname: 'x' } })
      .expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'answers.induction',
      'answers.nickname',
      'answers.raising_concerns',
      'answers.recommend',
    ]);
    const missing = await t.http
      .post(path)
      .send({ answers: { went_well: 'only this' } })
      .expect(400);
    expect(
      missing.body.details.some(
        (detail: { field: string; message: string }) =>
          detail.field === 'answers.overall' && detail.message === 'is required',
      ),
    ).toBe(true);
    await t.http.post(path).send({ answers: GOOD }).expect(201);
  });

  it('answers 404 for unknown links and 410 for expired ones; a new link replaces an unanswered one', async () => {
    await t.http.get('/api/v1/public/surveys/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(404);
    await t.http.get('/api/v1/public/surveys/nope').expect(404);
    const { placement, path } = await placementWithLink();
    const { body: replacement } = await t.http
      .post(`/api/v1/placements/${placement.id}/survey-invitation`)
      .set(bearer(coordinator))
      .expect(201);
    await t.http.get(path).expect(404);
    const newPath = new URL(replacement.url).pathname.replace('/survey/', '/api/v1/public/surveys/');
    await t.app
      .get(DataSource)
      .createQueryBuilder()
      .update(SurveyInvitationEntity)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('placement_id = :id', { id: placement.id })
      .execute();
    expect((await t.http.get(newPath).expect(410)).body.code).toBe('link_expired');
    await t.http.post(newPath).send({ answers: GOOD }).expect(410);
  });

  it('versions a template that already has responses, and keeps old responses on theirs', async () => {
    const [current] = (await t.http.get('/api/v1/survey-templates').set(bearer(coordinator)).expect(200)).body;
    expect(current.responseCount).toBeGreaterThan(0);
    const admin = await t.tokenFor('admin');
    const questions = [
      ...current.questions,
      {
        key: 'travel',
        domain: 'facilities',
        text: 'Travel to the site was manageable.',
        type: 'likert5',
        required: false,
      },
    ];
    const next = await t.http
      .patch(`/api/v1/survey-templates/${current.id}`)
      .set(bearer(admin))
      .send({ name: current.name, questions })
      .expect(200);
    expect(next.body).toMatchObject({ version: current.version + 1, familyId: current.familyId, active: true });
    const all = (await t.http.get('/api/v1/survey-templates').set(bearer(coordinator))).body;
    expect(all.find((template: { id: string }) => template.id === current.id)).toMatchObject({
      active: false,
      version: current.version,
    });
    const { path } = await placementWithLink();
    expect((await t.http.get(path)).body.questions.map((question: { key: string }) => question.key)).toContain(
      'travel',
    );
    const old = (await t.http.get('/api/v1/survey-responses?pageSize=100').set(bearer(coordinator))).body.items;
    expect(old.every((response: { templateVersion: number }) => response.templateVersion === current.version)).toBe(
      true,
    );
    await t.http
      .patch(`/api/v1/survey-templates/${current.id}`)
      .set(bearer(coordinator))
      .send({ name: 'x', questions })
      .expect(403);
    const dupes = await t.http
      .post('/api/v1/survey-templates')
      .set(bearer(admin))
      .send({ name: 'Dupes', questions: [questions[0], questions[0]] })
      .expect(400);
    expect(dupes.body.details[0].field).toBe('questions');
  });

  it('reviews responses, invites in bulk, and keeps individual responses from managers and officers', async () => {
    const { body: page } = await t.http
      .get('/api/v1/survey-responses?reviewStatus=new&pageSize=1')
      .set(bearer(coordinator))
      .expect(200);
    const [response] = page.items;
    const reviewed = await t.http
      .patch(`/api/v1/survey-responses/${response.id}`)
      .set(bearer(coordinator))
      .send({ version: response.version, reviewStatus: 'action_planned', reviewNote: 'Discuss with the site lead' })
      .expect(200);
    expect(reviewed.body).toMatchObject({
      reviewStatus: 'action_planned',
      reviewNote: 'Discuss with the site lead',
      version: response.version + 1,
    });

    const sent = await placementWithLink('Bulked');
    const bulk = await t.http
      .post('/api/v1/survey-invitations/bulk')
      .set(bearer(coordinator))
      .send({ endsFrom: day(-2), endsTo: day(0) })
      .expect(200);
    expect(bulk.body.alreadyAnswered).toBeGreaterThan(0);
    // The link already sent still works and is left alone…
    expect(bulk.body.alreadyInvited).toBeGreaterThan(0);
    expect(bulk.body.invited.some((item: { studentName: string }) => item.studentName === 'Noor Bulked')).toBe(false);
    await t.http.get(sent.path).expect(200);
    // …unless fresh links are asked for, which retires it.
    const reissued = await t.http
      .post('/api/v1/survey-invitations/bulk')
      .set(bearer(coordinator))
      .send({ endsFrom: day(-2), endsTo: day(0), reissue: true })
      .expect(200);
    expect(reissued.body.invited.some((item: { studentName: string }) => item.studentName === 'Noor Bulked')).toBe(
      true,
    );
    expect(reissued.body.alreadyInvited).toBe(0);
    await t.http.get(sent.path).expect(404);

    await t.http
      .get('/api/v1/survey-responses')
      .set(bearer(await t.tokenFor('manager')))
      .expect(403);
    await t.http
      .get('/api/v1/concerns')
      .set(bearer(await t.tokenFor('manager')))
      .expect(403);
    await t.http
      .get('/api/v1/survey-responses')
      .set(bearer(await t.tokenFor('officer')))
      .expect(403);
    await t.http
      .get('/api/v1/survey-templates')
      .set(bearer(await t.tokenFor('manager')))
      .expect(200);
  });
});
