import { ApplicantDto, DuplicatePairDto } from '@pathway/contracts';
import { bearer, startTestApp, TestApp } from './support/test-app';

describe('duplicates and merge (API)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
  });
  afterAll(() => t.close());

  const create = async (fields: Record<string, unknown>): Promise<ApplicantDto> =>
    (
      await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({ allowDuplicate: true, ...fields })
        .expect(201)
    ).body;

  it('lists likely pairs with what matched, older record first', async () => {
    const older = await create({
      firstName: 'Sam',
      lastName: 'Twin',
      email: 'sam.twin@example.org',
      phone: '07700 900555',
    });
    const newer = await create({
      firstName: 'Samuel',
      lastName: 'Twin',
      email: 'SAM.TWIN@example.org',
      phone: '+44 7700 900555',
    });
    await create({ firstName: 'Una', lastName: 'Alone', email: 'una@example.org' });
    const { body } = await t.http.get('/api/v1/applicants/duplicates').set(bearer(officer)).expect(200);
    // Older first; two records added in the same millisecond may come either way round.
    const pair = (body as DuplicatePairDto[]).find((candidate) => [candidate.first.id, candidate.second.id].includes(older.id));
    expect([pair?.first.id, pair?.second.id].sort()).toEqual([older.id, newer.id].sort());
    expect(pair?.matchedOn).toEqual(['email', 'phone']);
    if (older.createdAt < newer.createdAt) expect(pair?.first.id).toBe(older.id);
    expect(
      (body as DuplicatePairDto[]).some(
        (candidate) => candidate.first.lastName === 'Alone' || candidate.second.lastName === 'Alone',
      ),
    ).toBe(false);
  });

  it('merges in one go: history, follow-ups, attendances, tags and professions move; empty fields fill; the other record is gone', async () => {
    const keep = await create({
      firstName: 'Ada',
      lastName: 'Merger',
      email: 'ada.merger@example.org',
      professionsOfInterest: ['podiatry'],
      tags: ['fair'],
    });
    const merge = await create({
      firstName: 'Ada',
      lastName: 'Merger',
      phone: '07700 900777',
      postcode: 'M1 1AE',
      professionsOfInterest: ['orthoptics'],
      tags: ['webinar', 'fair'],
    });
    await t.http
      .post(`/api/v1/applicants/${merge.id}/stage`)
      .set(bearer(officer))
      .send({ stage: 'applied' })
      .expect(200);
    await t.http
      .post(`/api/v1/applicants/${merge.id}/conversations`)
      .set(bearer(officer))
      .send({ occurredAt: new Date().toISOString(), channel: 'phone', summary: 'Asked about funding' })
      .expect(201);
    await t.http
      .post('/api/v1/follow-ups')
      .set(bearer(officer))
      .send({ applicantId: merge.id, dueAt: new Date(Date.now() + 86_400_000).toISOString(), type: 'call' })
      .expect(201);
    const event = (
      await t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({
          title: 'Merge fair',
          type: 'careers_fair',
          format: 'in_person',
          startsAt: '2026-03-01T10:00:00Z',
          endsAt: '2026-03-01T12:00:00Z',
        })
        .expect(201)
    ).body;
    await t.http
      .post(`/api/v1/events/${event.id}/attendees`)
      .set(bearer(officer))
      .send({ applicantId: merge.id })
      .expect(201);
    await t.http
      .post(`/api/v1/events/${event.id}/attendees`)
      .set(bearer(officer))
      .send({ applicantId: keep.id })
      .expect(201);

    const merged = (
      await t.http
        .post('/api/v1/applicants/merge')
        .set(bearer(officer))
        .send({ keepId: keep.id, mergeId: merge.id })
        .expect(200)
    ).body as ApplicantDto;
    expect(merged).toMatchObject({
      id: keep.id,
      email: 'ada.merger@example.org',
      phone: '07700 900777',
      postcode: 'M1 1AE',
      stage: 'applied',
    });
    expect([...merged.professionsOfInterest].sort()).toEqual(['orthoptics', 'podiatry']);
    expect([...merged.tags].sort()).toEqual(['fair', 'webinar']);
    await t.http.get(`/api/v1/applicants/${merge.id}`).set(bearer(officer)).expect(404);

    const conversations = await t.http
      .get(`/api/v1/conversations?applicantId=${keep.id}`)
      .set(bearer(officer))
      .expect(200);
    expect(conversations.body.items.map((item: { summary: string }) => item.summary)).toEqual(['Asked about funding']);
    const followUps = await t.http
      .get(`/api/v1/follow-ups?applicantId=${keep.id}&assignee=me`)
      .set(bearer(officer))
      .expect(200);
    expect(followUps.body.items).toHaveLength(1);
    const attendees = await t.http.get(`/api/v1/events/${event.id}/attendees`).set(bearer(officer)).expect(200);
    const attendeeIds = (attendees.body.items ?? attendees.body).map(
      (item: { applicantId: string }) => item.applicantId,
    );
    expect(attendeeIds).toEqual([keep.id]);
    const timeline = await t.http.get(`/api/v1/applicants/${keep.id}/timeline`).set(bearer(officer)).expect(200);
    expect(timeline.body.items.filter((item: { type: string }) => item.type === 'stage_change')).toHaveLength(1);
    // Found by the merged record's phone now, and no longer a duplicate pair.
    const found = await t.http.get('/api/v1/applicants?search=07700900777').set(bearer(officer)).expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([keep.id]);
  });

  it('refuses merging a record into itself, unknown ids and bad input, writing nothing', async () => {
    const one = await create({ firstName: 'Solo', lastName: 'Record' });
    const self = await t.http
      .post('/api/v1/applicants/merge')
      .set(bearer(officer))
      .send({ keepId: one.id, mergeId: one.id })
      .expect(400);
    expect(self.body.details).toEqual([{ field: 'mergeId', message: 'must be a different applicant from keepId' }]);
    await t.http
      .post('/api/v1/applicants/merge')
      .set(bearer(officer))
      .send({ keepId: one.id, mergeId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    const bad = await t.http.post('/api/v1/applicants/merge').set(bearer(officer)).send({ keepId: 'x' }).expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['keepId', 'mergeId']);
    await t.http.get(`/api/v1/applicants/${one.id}`).set(bearer(officer)).expect(200);
    await t.http
      .post('/api/v1/applicants/merge')
      .set(bearer(await t.tokenFor('coordinator')))
      .send({ keepId: one.id, mergeId: one.id })
      .expect(403);
  });
});
