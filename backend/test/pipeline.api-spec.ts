import { ApplicantDto, BoardDto } from '@pathway/contracts';
import { bearer, startTestApp, TestApp } from './support/test-app';

describe('pipeline (API)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
  });
  afterAll(() => t.close());

  let counter = 0;
  const create = async (fields: Record<string, unknown> = {}): Promise<ApplicantDto> => {
    counter++;
    const response = await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Pat', lastName: `Mover${counter}`, ...fields }).expect(201);
    return response.body;
  };
  const stage = (id: string, body: Record<string, unknown>) => t.http.post(`/api/v1/applicants/${id}/stage`).set(bearer(officer)).send(body);
  const board = async (query = ''): Promise<BoardDto> => (await t.http.get(`/api/v1/pipeline/board${query}`).set(bearer(officer)).expect(200)).body;

  it('moves forward (skipping stages), back with a reason, closes with a close reason and reopens', async () => {
    const applicant = await create();
    expect((await stage(applicant.id, { stage: 'applied' }).expect(200)).body).toMatchObject({ stage: 'applied', version: 2 });

    const back = await stage(applicant.id, { stage: 'engaged' }).expect(400);
    expect(back.body.details).toEqual([{ field: 'reason', message: 'is required to move back a stage' }]);
    await stage(applicant.id, { stage: 'engaged', reason: 'Application was withdrawn and resubmitted later' }).expect(200);

    const close = await stage(applicant.id, { stage: 'closed' }).expect(400);
    expect(close.body.details[0]).toEqual({ field: 'reason', message: 'is required to close a record' });
    await stage(applicant.id, { stage: 'closed', reason: 'bored' }).expect(400);
    const closed = await stage(applicant.id, { stage: 'closed', reason: 'chose_other_course' }).expect(200);
    expect(closed.body).toMatchObject({ stage: 'closed', closeReason: 'chose_other_course' });

    const reopened = await stage(applicant.id, { stage: 'serious_conversation' }).expect(200);
    expect(reopened.body).toMatchObject({ stage: 'serious_conversation', closeReason: null });

    const timeline = await t.http.get(`/api/v1/applicants/${applicant.id}/timeline`).set(bearer(officer)).expect(200);
    const moves = timeline.body.items.filter((item: { type: string }) => item.type === 'stage_change').map((item: { stageChange: { from: string; to: string; reason: string | null; byName: string } }) => item.stageChange);
    expect(moves.map((move: { from: string; to: string }) => `${move.from}>${move.to}`)).toEqual([
      'closed>serious_conversation',
      'engaged>closed',
      'applied>engaged',
      'enquiry>applied',
    ]);
    expect(moves[1]).toMatchObject({ reason: 'chose_other_course', byName: 'Jordan Ellis' });
    expect(timeline.body.items[timeline.body.items.length - 1].type).toBe('created');
  });

  it('refuses an invalid stage or staying put, writing nothing', async () => {
    const applicant = await create();
    expect((await stage(applicant.id, { stage: 'hired' }).expect(400)).body.details[0].field).toBe('stage');
    expect((await stage(applicant.id, { stage: 'enquiry' }).expect(400)).body.details[0]).toEqual({ field: 'stage', message: 'is already the current stage' });
    await stage(applicant.id, { stage: 'engaged', extra: 1 }).expect(400);
    const after = await t.http.get(`/api/v1/applicants/${applicant.id}`).set(bearer(officer));
    expect(after.body).toMatchObject({ stage: 'enquiry', version: 1 });
    const timeline = await t.http.get(`/api/v1/applicants/${applicant.id}/timeline`).set(bearer(officer));
    expect(timeline.body.items.map((item: { type: string }) => item.type)).toEqual(['created']);
    await stage('00000000-0000-4000-8000-000000000000', { stage: 'engaged' }).expect(404);
  });

  it('narrows the board to the people a campaign brought in', async () => {
    const manager = await t.tokenFor('manager');
    const campaign = (await t.http.post('/api/v1/campaigns').set(bearer(manager)).send({ name: 'Board filter push', startsOn: '2026-01-01', endsOn: '2026-12-31' }).expect(201)).body;
    const inCampaign = await create({ campaignId: campaign.id });
    await create();
    const result = await board(`?campaignId=${campaign.id}`);
    expect(result.columns.flatMap((column) => column.items.map((item) => item.id))).toEqual([inCampaign.id]);
    expect(result.columns[0].total).toBe(1);
    const column = await t.http.get(`/api/v1/pipeline/board/enquiry?campaignId=${campaign.id}`).set(bearer(officer)).expect(200);
    expect(column.body.items.map((item: { id: string }) => item.id)).toEqual([inCampaign.id]);
    const bad = await t.http.get('/api/v1/pipeline/board?campaignId=nope').set(bearer(officer)).expect(400);
    expect(bad.body.details).toEqual([{ field: 'campaignId', message: 'must be a campaign id' }]);
  });

  it('shows seven columns in order, closed last, with totals and the newest card first', async () => {
    const marker = await create({ professionsOfInterest: ['prosthetics_orthotics'] });
    const result = await board('?profession=prosthetics_orthotics');
    expect(result.columns.map((column) => column.stage)).toEqual(['enquiry', 'engaged', 'serious_conversation', 'applied', 'offer', 'enrolled', 'closed']);
    const enquiry = result.columns[0];
    expect(enquiry.total).toBe(1);
    expect(enquiry.items[0]).toMatchObject({ id: marker.id, ownerName: 'Jordan Ellis', professionsOfInterest: ['prosthetics_orthotics'], daysInStage: 0, nextFollowUpDueAt: null });
  });

  it('pages a column with a cursor, never repeating or skipping a card', async () => {
    const created: string[] = [];
    for (let index = 0; index < 7; index++) created.push((await create({ professionsOfInterest: ['art_therapy'] })).id);
    const first = await board('?profession=art_therapy&pageSize=3');
    const column = first.columns[0];
    expect(column.total).toBe(7);
    expect(column.items).toHaveLength(3);
    const seen = column.items.map((item) => item.id);
    let cursor = column.nextCursor;
    while (cursor) {
      const page = await t.http.get(`/api/v1/pipeline/board/enquiry?profession=art_therapy&pageSize=3&cursor=${cursor}`).set(bearer(officer)).expect(200);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    }
    expect(seen).toEqual([...created].reverse());
    await t.http.get('/api/v1/pipeline/board/enquiry?cursor=garbage').set(bearer(officer)).expect(400);
    await t.http.get('/api/v1/pipeline/board/hired').set(bearer(officer)).expect(400);
  });

  it('drops a card between two neighbours and reorders within a column', async () => {
    const [a, b, c] = [await create({ professionsOfInterest: ['drama_therapy'] }), await create({ professionsOfInterest: ['drama_therapy'] }), await create({ professionsOfInterest: ['drama_therapy'] })];
    const order = async (stageName: string) => (await board('?profession=drama_therapy')).columns.find((column) => column.stage === stageName)?.items.map((item) => item.id);
    expect(await order('enquiry')).toEqual([c.id, b.id, a.id]);

    await t.http.post('/api/v1/pipeline/move').set(bearer(officer)).send({ applicantId: c.id, stage: 'enquiry', beforeId: b.id, afterId: a.id }).expect(200);
    expect(await order('enquiry')).toEqual([b.id, c.id, a.id]);

    await t.http.post('/api/v1/pipeline/move').set(bearer(officer)).send({ applicantId: a.id, stage: 'engaged' }).expect(200);
    const moved = await t.http.post('/api/v1/pipeline/move').set(bearer(officer)).send({ applicantId: b.id, stage: 'engaged', afterId: a.id }).expect(200);
    expect(moved.body).toMatchObject({ id: b.id, stage: 'engaged' });
    expect(await order('engaged')).toEqual([b.id, a.id]);
    expect(await order('enquiry')).toEqual([c.id]);

    const backward = await t.http.post('/api/v1/pipeline/move').set(bearer(officer)).send({ applicantId: b.id, stage: 'enquiry' }).expect(400);
    expect(backward.body.details[0].field).toBe('reason');
    const wrongNeighbour = await t.http.post('/api/v1/pipeline/move').set(bearer(officer)).send({ applicantId: c.id, stage: 'engaged', beforeId: b.id, afterId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(wrongNeighbour.body.details[0].field).toBe('afterId');
    expect(await order('enquiry')).toEqual([c.id]);
  });

  it('keeps a consistent order through many drops into the same gap', async () => {
    const top = await create({ professionsOfInterest: ['music_therapy'] });
    const bottom = await create({ professionsOfInterest: ['music_therapy'] });
    // Column order is [bottom, top]; keep dropping a new card just above `top`.
    let lastAbove = bottom.id;
    const expected = [bottom.id];
    for (let index = 0; index < 60; index++) {
      const card = await create({ professionsOfInterest: ['music_therapy'] });
      await t.http.post('/api/v1/pipeline/move').set(bearer(officer)).send({ applicantId: card.id, stage: 'enquiry', beforeId: lastAbove, afterId: top.id }).expect(200);
      expected.push(card.id);
      lastAbove = card.id;
    }
    expected.push(top.id);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.http
        .get(`/api/v1/pipeline/board/enquiry?profession=music_therapy&pageSize=100${cursor ? `&cursor=${cursor}` : ''}`)
        .set(bearer(officer));
      ids.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids).toEqual(expected);
  }, 60_000);

  it('filters the board to my applicants or an owner', async () => {
    const admin = await t.tokenFor('admin');
    const mine = await create({ professionsOfInterest: ['osteopathy'] });
    const { body: theirs } = await t.http.post('/api/v1/applicants').set(bearer(admin)).send({ firstName: 'Not', lastName: 'Mine', professionsOfInterest: ['osteopathy'] }).expect(201);
    const all = (await board('?profession=osteopathy')).columns[0].items.map((item) => item.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const onlyMine = (await board('?profession=osteopathy&mine=true')).columns[0].items.map((item) => item.id);
    expect(onlyMine).toEqual([mine.id]);
    const byOwner = (await board(`?profession=osteopathy&ownerId=${mine.ownerId}`)).columns[0].items.map((item) => item.id);
    expect(byOwner).toEqual([mine.id]);
  });
});
