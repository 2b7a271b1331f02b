import { DataSource } from 'typeorm';
import { SessionEntity } from '../src/modules/auth/session.entity';
import { DEMO_PASSWORD } from '../src/database/seed/demo-users';
import { bearer, demoEmail, startTestApp, TestApp } from './support/test-app';

describe('sign-in and sessions (API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the right password and answers the user with its permissions', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: 'Officer@Demo.Pathway.Test ', password: DEMO_PASSWORD }).expect(200);
    expect(response.body.accessToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(response.body.user).toMatchObject({ email: demoEmail('officer'), role: 'officer', name: 'Jordan Ellis' });
    expect(response.body.user.permissions).toContain('applicants.write');
    expect(response.body.user).not.toHaveProperty('passwordHash');

    const me = await t.http.get('/api/v1/auth/me').set(bearer(response.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ email: demoEmail('officer'), role: 'officer' });
  });

  it('answers the same 401 for a wrong password and for an unknown account', async () => {
    const wrong = await t.http.post('/api/v1/auth/login').send({ email: demoEmail('manager'), password: 'not-the-password' }).expect(401);
    const unknown = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.org', password: 'not-the-password' }).expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Email or password is incorrect', code: 'invalid_credentials' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('names the missing fields', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({}).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.details).toEqual([
      { field: 'email', message: 'is required' },
      { field: 'password', message: 'is required' },
    ]);
  });

  it('refuses an email with 429 after 10 failures, even with the right password, without revealing whether it exists', async () => {
    for (const email of [demoEmail('coordinator'), 'ghost@example.org']) {
      for (let attempt = 0; attempt < 10; attempt++) {
        await t.http.post('/api/v1/auth/login').send({ email, password: 'wrong-password!' }).expect(401);
      }
      const refused = await t.http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD }).expect(429);
      expect(refused.body.code).toBe('too_many_attempts');
      // The cool-down is the 15-minute window counted from the oldest of the ten failures: just under 900 seconds.
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(900);
    }
    // Other accounts from the same address are unaffected.
    await t.http.post('/api/v1/auth/login').send({ email: demoEmail('admin'), password: DEMO_PASSWORD }).expect(200);
  }, 60_000);

  it('rejects requests without a token, with a malformed one, or with an unknown one', async () => {
    await t.http.get('/api/v1/auth/me').expect(401);
    await t.http.get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
    const response = await t.http.get('/api/v1/auth/me').set(bearer('x'.repeat(43))).expect(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('revokes the token on logout, and only that token', async () => {
    const first = await login('admin');
    const second = await login('admin');
    await t.http.post('/api/v1/auth/logout').set(bearer(first)).expect(204);
    await t.http.get('/api/v1/auth/me').set(bearer(first)).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(second)).expect(200);
  });

  it('stops an expired token', async () => {
    const token = await login('manager');
    await t.app.get(DataSource).createQueryBuilder().update(SessionEntity).set({ expiresAt: new Date(Date.now() - 1000) }).execute();
    await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
  });

  it('changes the own password, keeping this session and ending the others', async () => {
    const { body: created } = await t.http
      .post('/api/v1/users')
      .set(bearer(await login('admin')))
      .send({ email: 'changer@example.org', name: 'Casey Changer', role: 'officer', password: 'first-password-1' })
      .expect(201);
    const session = await loginAs(created.email, 'first-password-1');
    const other = await loginAs(created.email, 'first-password-1');

    const wrong = await t.http.post('/api/v1/auth/password').set(bearer(session)).send({ currentPassword: 'nope', newPassword: 'second-password-2' }).expect(400);
    expect(wrong.body.details).toEqual([{ field: 'currentPassword', message: 'is not right' }]);
    const short = await t.http.post('/api/v1/auth/password').set(bearer(session)).send({ currentPassword: 'first-password-1', newPassword: 'short' }).expect(400);
    expect(short.body.details[0].field).toBe('newPassword');

    await t.http.post('/api/v1/auth/password').set(bearer(session)).send({ currentPassword: 'first-password-1', newPassword: 'second-password-2' }).expect(204);
    await t.http.get('/api/v1/auth/me').set(bearer(session)).expect(200);
    await t.http.get('/api/v1/auth/me').set(bearer(other)).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: created.email, password: 'first-password-1' }).expect(401);
    await loginAs(created.email, 'second-password-2');
  });

  async function login(role: 'admin' | 'manager'): Promise<string> {
    return loginAs(demoEmail(role), DEMO_PASSWORD);
  }

  async function loginAs(email: string, password: string): Promise<string> {
    const response = await t.http.post('/api/v1/auth/login').send({ email, password }).expect(200);
    return response.body.accessToken;
  }
});
