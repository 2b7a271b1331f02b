import { Role, ROLES } from '@pathway/contracts';
import { bearer, demoEmail, startTestApp, TestApp } from './support/test-app';
import { DEMO_PASSWORD } from '../src/database/seed/demo-users';

describe('users and audit (API)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  const newUser = (suffix: string, role: Role = 'officer') => ({ email: `user.${suffix}@example.org`, name: `Robin ${suffix}`, role, password: 'long-enough-password' });

  describe('permissions: every /users route for every role', () => {
    const expected: Record<string, Record<Role, number>> = {
      'GET /users': { admin: 200, manager: 200, officer: 403, coordinator: 403 },
      'GET /users/directory': { admin: 200, manager: 200, officer: 200, coordinator: 200 },
      'GET /users/:id': { admin: 200, manager: 200, officer: 403, coordinator: 403 },
      'POST /users': { admin: 201, manager: 403, officer: 403, coordinator: 403 },
      'PATCH /users/:id': { admin: 200, manager: 403, officer: 403, coordinator: 403 },
      'GET /audit': { admin: 200, manager: 200, officer: 403, coordinator: 403 },
    };

    it.each(Object.keys(expected))('%s', async (route) => {
      const [method, path] = route.split(' ');
      for (const role of ROLES) {
        const { body: target } = await t.http.post('/api/v1/users').set(bearer(admin)).send(newUser(`${method}${role}${Math.random()}`.replace(/[^a-z0-9]/gi, '')));
        const url = `/api/v1${path.replace(':id', target.id)}`;
        const call = () => {
          const builder = method === 'GET' ? t.http.get(url) : method === 'POST' ? t.http.post(url) : t.http.patch(url);
          return method === 'POST' ? builder.send(newUser(`${role}${Math.random()}`.replace(/[^a-z0-9]/gi, ''))) : method === 'PATCH' ? builder.send({ version: target.version, name: 'Renamed Person' }) : builder;
        };
        const response = await call().set(bearer(await t.tokenFor(role)));
        expect({ role, status: response.status }).toEqual({ role, status: expected[route][role] });
        const anonymous = await call();
        expect(anonymous.status).toBe(401);
      }
    });
  });

  it('creates a user who can then sign in, and records who did it without the password', async () => {
    const created = await t.http.post('/api/v1/users').set(bearer(admin)).send({ ...newUser('new'), email: ' User.New@Example.org' }).expect(201);
    expect(created.body).toMatchObject({ email: 'user.new@example.org', role: 'officer', active: true, version: 1, lastLoginAt: null });
    expect(created.body).not.toHaveProperty('passwordHash');
    await t.http.post('/api/v1/auth/login').send({ email: 'user.new@example.org', password: 'long-enough-password' }).expect(200);

    const audit = await t.http.get(`/api/v1/audit?entity=user&entityId=${created.body.id}`).set(bearer(admin)).expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'create', actorName: 'Alex Morgan', entity: 'user' });
    expect(audit.body.items[0].changes).toEqual(
      expect.arrayContaining([{ field: 'email', to: 'user.new@example.org' }, { field: 'role', to: 'officer' }, { field: 'password', redacted: true }]),
    );
    expect(JSON.stringify(audit.body)).not.toContain('long-enough-password');
  });

  it('explains every bad field at once', async () => {
    const response = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'not-an-email', name: '', role: 'superuser', password: 'short' }).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['email', 'name', 'password', 'role']);
    const missing = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 42, role: 'admin' }).expect(400);
    expect(missing.body.details).toEqual([
      { field: 'email', message: 'must be an email address' },
      { field: 'name', message: 'is required' },
      { field: 'password', message: 'is required' },
    ]);
  });

  it('refuses a weak password with the reason', async () => {
    const response = await t.http.post('/api/v1/users').set(bearer(admin)).send({ ...newUser('weak'), password: 'aaaaaaaaaaaaaaaa' }).expect(400);
    expect(response.body.details).toEqual([{ field: 'password', message: 'must not repeat the same few characters' }]);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await t.http.post('/api/v1/users').set(bearer(admin)).send(newUser('twice')).expect(201);
    const response = await t.http.post('/api/v1/users').set(bearer(admin)).send({ ...newUser('twice'), email: 'USER.TWICE@example.org' }).expect(409);
    expect(response.body).toMatchObject({ code: 'email_taken', details: [{ field: 'email', message: 'is already in use' }] });
  });

  it('updates with the current version and refuses a stale one', async () => {
    const { body: user } = await t.http.post('/api/v1/users').set(bearer(admin)).send(newUser('versioned')).expect(201);
    const renamed = await t.http.patch(`/api/v1/users/${user.id}`).set(bearer(admin)).send({ version: user.version, name: 'Robin Renamed' }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Robin Renamed', version: user.version + 1 });
    const stale = await t.http.patch(`/api/v1/users/${user.id}`).set(bearer(admin)).send({ version: user.version, name: 'Too Late' }).expect(409);
    expect(stale.body.code).toBe('stale_version');
    await t.http.patch(`/api/v1/users/${user.id}`).set(bearer(admin)).send({ name: 'No Version' }).expect(400);
    const unchanged = await t.http.get(`/api/v1/users/${user.id}`).set(bearer(admin)).expect(200);
    expect(unchanged.body.name).toBe('Robin Renamed');
  });

  it('ends every session of a user at once when deactivated, when their role changes or their password is reset', async () => {
    for (const change of [{ active: false }, { role: 'manager' }, { password: 'a-brand-new-password' }]) {
      const suffix = Object.keys(change)[0];
      const { body: user } = await t.http.post('/api/v1/users').set(bearer(admin)).send(newUser(`revoke${suffix}`)).expect(201);
      const login = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'long-enough-password' }).expect(200);
      await t.http.get('/api/v1/auth/me').set(bearer(login.body.accessToken)).expect(200);
      await t.http.patch(`/api/v1/users/${user.id}`).set(bearer(admin)).send({ version: user.version, ...change }).expect(200);
      await t.http.get('/api/v1/auth/me').set(bearer(login.body.accessToken)).expect(401);
    }
  });

  it('keeps a deactivated user out until reactivated', async () => {
    const { body: user } = await t.http.post('/api/v1/users').set(bearer(admin)).send(newUser('dormant')).expect(201);
    const { body: deactivated } = await t.http.patch(`/api/v1/users/${user.id}`).set(bearer(admin)).send({ version: user.version, active: false }).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'long-enough-password' }).expect(401);
    await t.http.patch(`/api/v1/users/${user.id}`).set(bearer(admin)).send({ version: deactivated.version, active: true }).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'long-enough-password' }).expect(200);
  });

  it('never leaves Pathway without an active admin', async () => {
    const { body: me } = await t.http.get('/api/v1/users?search=admin%40demo').set(bearer(admin)).expect(200);
    const self = me.items[0];
    const demote = await t.http.patch(`/api/v1/users/${self.id}`).set(bearer(admin)).send({ version: self.version, role: 'manager' }).expect(409);
    expect(demote.body).toMatchObject({ code: 'last_admin', details: [{ field: 'role', message: 'would leave no active admin' }] });
    const deactivate = await t.http.patch(`/api/v1/users/${self.id}`).set(bearer(admin)).send({ version: self.version, active: false }).expect(409);
    expect(deactivate.body.details[0].field).toBe('active');

    // With a second admin, the first may step down.
    await t.http.post('/api/v1/users').set(bearer(admin)).send(newUser('deputy', 'admin')).expect(201);
    const before = await t.http.get(`/api/v1/users/${self.id}`).set(bearer(admin)).expect(200);
    await t.http.patch(`/api/v1/users/${self.id}`).set(bearer(admin)).send({ version: before.body.version, name: before.body.name }).expect(200);
  });

  it('searches by the start of a name or email, filters and sorts', async () => {
    for (const [suffix, role] of [['zed', 'coordinator'], ['zara', 'officer'], ['yusuf', 'officer']] as const) {
      await t.http.post('/api/v1/users').set(bearer(admin)).send({ ...newUser(suffix, role), name: `${suffix[0].toUpperCase()}${suffix.slice(1)} Lister` }).expect(201);
    }
    const byWord = await t.http.get('/api/v1/users?search=list&sort=-name').set(bearer(admin)).expect(200);
    expect(byWord.body.items.map((user: { name: string }) => user.name)).toEqual(['Zed Lister', 'Zara Lister', 'Yusuf Lister']);
    const byRole = await t.http.get('/api/v1/users?search=LISTER&role=officer&sort=name').set(bearer(admin)).expect(200);
    expect(byRole.body.items.map((user: { name: string }) => user.name)).toEqual(['Yusuf Lister', 'Zara Lister']);
    const middle = await t.http.get('/api/v1/users?search=ister').set(bearer(admin)).expect(200);
    expect(middle.body.total).toBe(0);
    const paged = await t.http.get('/api/v1/users?search=lister&pageSize=2&page=2&sort=name').set(bearer(admin)).expect(200);
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.body.items).toHaveLength(1);
    const wildcard = await t.http.get('/api/v1/users?search=%25').set(bearer(admin)).expect(200);
    expect(wildcard.body.total).toBe(0);
    await t.http.get('/api/v1/users?pageSize=101').set(bearer(admin)).expect(400);
    await t.http.get('/api/v1/users?sort=passwordHash').set(bearer(admin)).expect(400);
  });

  it('accepts 20 simultaneous writes without losing one', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => t.http.post('/api/v1/users').set(bearer(admin)).send(newUser(`burst${index}`))),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const listed = await t.http.get('/api/v1/users?search=robin%20burst&pageSize=100').set(bearer(admin)).expect(200);
    expect(listed.body.total).toBe(20);
  });

  it('audits logins, and filters the audit log', async () => {
    await t.http.post('/api/v1/auth/login').send({ email: demoEmail('coordinator'), password: DEMO_PASSWORD }).expect(200);
    const logins = await t.http.get('/api/v1/audit?action=login&pageSize=100').set(bearer(admin)).expect(200);
    expect(logins.body.items.every((entry: { action: string }) => entry.action === 'login')).toBe(true);
    expect(logins.body.items.some((entry: { actorName: string }) => entry.actorName === 'Sam Okafor')).toBe(true);
    const future = await t.http.get(`/api/v1/audit?from=${new Date(Date.now() + 60_000).toISOString()}`).set(bearer(admin)).expect(200);
    expect(future.body.total).toBe(0);
    await t.http.get('/api/v1/audit?from=yesterday').set(bearer(admin)).expect(400);
  });
});
