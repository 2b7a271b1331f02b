import { DataSource } from 'typeorm';
import { BoardColumnPageDto } from '@pathway/contracts';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** Many requests at once against one database: optimistic versions, board positions and SQLite's single writer. */
describe('concurrent writes (API)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
  });
  afterAll(() => t.close());

  const create = (lastName: string) =>
    t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Busy', lastName });

  it('answers two simultaneous edits of one record with one success and one 409', async () => {
    const { body: person } = await create('Twice').expect(201);
    const edits = await Promise.all(
      ['North East', 'South West'].map((_, index) =>
        t.http
          .patch(`/api/v1/applicants/${person.id}`)
          .set(bearer(officer))
          .send({ version: person.version, postcode: index ? 'BS1 4DJ' : 'NE1 4LP' }),
      ),
    );
    expect(edits.map((edit) => edit.status).sort()).toEqual([200, 409]);
    const { body: after } = await t.http.get(`/api/v1/applicants/${person.id}`).set(bearer(officer)).expect(200);
    expect(after.version).toBe(person.version + 1);
    const winner = edits.find((edit) => edit.status === 200)?.body;
    expect(after.postcode).toBe(winner.postcode);
  });

  it('creates fifty people at once without a busy database reaching anyone', async () => {
    const total = async () =>
      (await t.http.get('/api/v1/applicants?pageSize=1').set(bearer(officer)).expect(200)).body.total as number;
    const before = await total();
    const responses = await Promise.all(Array.from({ length: 50 }, (_, index) => create(`Burst ${index}`)));
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
    expect(await total()).toBe(before + 50);
    // Each new card has a place of its own at the top of Enquiry.
    const ids = responses.map((response) => response.body.id as string);
    expect(new Set((await positionsOf(ids)).map(Number)).size).toBe(50);
  });

  it('keeps the board consistent under many simultaneous moves', async () => {
    const people = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => (await create(`Mover ${index}`).expect(201)).body.id as string),
    );
    const [anchor, ...others] = people;
    await t.http
      .post('/api/v1/pipeline/move')
      .set(bearer(officer))
      .send({ applicantId: anchor, stage: 'engaged' })
      .expect(200);
    // Everyone else is dropped just below the same card at the same moment.
    const moves = await Promise.all(
      others.map((applicantId) =>
        t.http
          .post('/api/v1/pipeline/move')
          .set(bearer(officer))
          .send({ applicantId, stage: 'engaged', beforeId: anchor }),
      ),
    );
    expect(moves.map((move) => move.status)).toEqual(Array(others.length).fill(200));
    const column = async () =>
      (
        (await t.http.get('/api/v1/pipeline/board/engaged?pageSize=100').set(bearer(officer)).expect(200))
          .body as BoardColumnPageDto
      ).items.map((card) => card.id);
    const order = await column();
    expect(order).toHaveLength(people.length);
    expect(new Set(order)).toEqual(new Set(people));
    expect(order[0]).toBe(anchor);
    // Every card has a position of its own, so the order never depends on how ties are broken.
    const positions = await positionsOf(people);
    expect(new Set(positions.map(Number)).size).toBe(people.length);
    expect(await column()).toEqual(order);
  });

  async function positionsOf(ids: string[]): Promise<number[]> {
    const postgres = process.env['DATABASE_URL']?.startsWith('postgres');
    const placeholders = ids.map((_, index) => (postgres ? `$${index + 1}` : '?')).join(', ');
    const rows: { position: number | string }[] = await t.app
      .get(DataSource)
      .query(`SELECT position FROM applicants WHERE id IN (${placeholders})`, ids);
    return rows.map((row) => Number(row.position));
  }
});
