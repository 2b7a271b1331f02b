import { ReadCache } from '../../database/read-cache';
import { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { loadConfig } from '../../config/app-config';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../users/password-hasher';
import { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { AuthService, hashToken } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionsRepository } from './sessions.repository';

describe('AuthService (with fakes)', () => {
  const user = Object.assign(new UserEntity(), { id: 'u1', email: 'ann@x.org', name: 'Ann', role: 'officer', active: true, passwordHash: 'hash', version: 1 });
  let inserted: { tokenHash: string; expiresAt: Date }[];
  let audited: string[];
  let service: AuthService;
  let throttle: LoginThrottle;

  beforeEach(() => {
    inserted = [];
    audited = [];
    throttle = new LoginThrottle({ windowMs: 60_000, perEmail: 3, perAddress: 50 });
    const users = { findByEmail: async (email: string) => (email === user.email ? user : null), recordLogin: async () => undefined } as unknown as UsersRepository;
    const sessions = {
      deleteExpired: async () => undefined,
      insert: async (_manager: EntityManager, session: { tokenHash: string; expiresAt: Date }) => void inserted.push(session),
    } as unknown as SessionsRepository;
    const hasher = { verify: async (_hash: string | null, password: string) => password === 'right-password' } as unknown as PasswordHasher;
    const cache = new ReadCache();
    const transactions = { run: (work: (manager: EntityManager) => Promise<unknown>) => work({} as EntityManager).finally(() => cache.changed()) } as unknown as TransactionService;
    const audit = { record: async (_manager: EntityManager, record: { action: string }) => void audited.push(record.action) } as unknown as AuditService;
    service = new AuthService({ ...loadConfig({}), tokenTtlHours: 2 }, users, sessions, hasher, transactions, audit, throttle, cache);
  });

  const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: AppError) => error.code);

  it('stores only the hash of the token it hands out, expiring after the configured hours', async () => {
    const before = Date.now();
    const response = await service.login({ email: 'ann@x.org', password: 'right-password' }, '10.0.0.1');
    expect(inserted).toHaveLength(1);
    expect(inserted[0].tokenHash).toBe(hashToken(response.accessToken));
    expect(inserted[0].tokenHash).not.toContain(response.accessToken);
    expect(inserted[0].expiresAt.getTime() - before).toBeGreaterThanOrEqual(2 * 3_600_000 - 1000);
    expect(audited).toEqual(['login']);
  });

  it('refuses a deactivated account exactly like a wrong password', async () => {
    user.active = false;
    try {
      expect(await codeOf(service.login({ email: 'ann@x.org', password: 'right-password' }, '10.0.0.1'))).toBe('invalid_credentials');
    } finally {
      user.active = true;
    }
    expect(inserted).toHaveLength(0);
  });

  it('locks the email once the throttle says so, before checking the password', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await codeOf(service.login({ email: 'ann@x.org', password: 'wrong' }, '10.0.0.1'))).toBe('invalid_credentials');
    }
    expect(await codeOf(service.login({ email: 'ann@x.org', password: 'right-password' }, '10.0.0.1'))).toBe('too_many_attempts');
    expect(inserted).toHaveLength(0);
  });
});
