import { bearer, startTestApp, TestApp } from './support/test-app';

/** Everything a person could type that must never reach the log. */
const SECRETS = {
  password: 'Wrong-password-never-logged',
  newPassword: 'a-brand-new-long-password',
  firstName: 'Loggable',
  lastName: 'Nevershown',
  email: 'nevershown.person@example.org',
  phone: '07700 900123',
  postcode: 'ZE1 0AA',
  search: 'Nevershow',
  ethnicity: 'Secretethnicity',
};

/**
 * The log as production writes it (JSON lines), captured while people sign in, fail to, create and search for a
 * person with special-category data, and send invalid input: it records requests, and no secret or personal datum.
 */
describe('what the log holds (API)', () => {
  let t: TestApp;
  const lines: string[] = [];
  const capture = (stream: NodeJS.WriteStream) =>
    jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });

  beforeAll(async () => {
    capture(process.stdout);
    capture(process.stderr);
    t = await startTestApp({}, { log: true });
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  it('keeps requests in the log and people out of it', async () => {
    await t.http.post('/api/v1/auth/login').send({ email: SECRETS.email, password: SECRETS.password }).expect(401);
    const officer = await t.tokenFor('officer');
    const admin = await t.tokenFor('admin');
    const { body: person } = await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({
        firstName: SECRETS.firstName,
        lastName: SECRETS.lastName,
        email: SECRETS.email,
        phone: SECRETS.phone,
        postcode: SECRETS.postcode,
        wpEthnicity: SECRETS.ethnicity,
      })
      .expect(201);
    await t.http.get(`/api/v1/applicants?search=${SECRETS.search}`).set(bearer(officer)).expect(200);
    await t.http.get(`/api/v1/applicants/${person.id}/widening-participation`).set(bearer(officer)).expect(200);
    await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({ firstName: SECRETS.firstName, lastName: '', email: `not-an-email ${SECRETS.email}` })
      .expect(400);
    const { body: users } = await t.http.get('/api/v1/users?search=coordinator').set(bearer(admin)).expect(200);
    await t.http
      .patch(`/api/v1/users/${users.items[0].id}`)
      .set(bearer(admin))
      .send({ version: users.items[0].version, password: SECRETS.newPassword })
      .expect(200);

    const log = lines.join('');
    const requests = log.split('\n').filter((line) => line.includes('"request"'));
    expect(requests.length).toBeGreaterThanOrEqual(7);
    expect(requests.some((line) => line.includes('/api/v1/applicants/:id/widening-participation'))).toBe(true);
    for (const value of [...Object.values(SECRETS), officer, admin]) expect(log).not.toContain(value);
  });
});
