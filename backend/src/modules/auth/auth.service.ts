import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LoginResponse, ROLE_PERMISSIONS, SessionUser } from '@pathway/contracts';
import { passwordProblem } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { SessionAuthenticator } from '../../common/auth/session-authenticator';
import { AppError, RetryLaterError } from '../../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ReadCache } from '../../database/read-cache';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../users/password-hasher';
import { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { LoginThrottle } from './login-throttle';
import { SessionsRepository } from './sessions.repository';
import { newId } from '../../database/new-id';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toSessionUser(user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role'>): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, permissions: [...ROLE_PERMISSIONS[user.role]] };
}

@Injectable()
export class AuthService extends SessionAuthenticator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly cache: ReadCache,
  ) {
    super();
  }

  async login({ email, password }: LoginDto, address: string): Promise<LoginResponse> {
    const retryAfter = this.throttle.retryAfterSeconds(email, address);
    if (retryAfter > 0) {
      throw new RetryLaterError(
        'too_many_attempts',
        `Too many failed sign-ins; try again in ${Math.ceil(retryAfter / 60)} minute(s)`,
        retryAfter,
      );
    }
    const user = await this.users.findByEmail(email);
    const passwordMatches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordMatches || !user.active) {
      await sleep(this.throttle.delayMs(email));
      this.throttle.recordFailure(email, address);
      throw new AppError('invalid_credentials', 'Email or password is incorrect');
    }
    this.throttle.recordSuccess(email);

    const accessToken = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.tokenTtlHours * 3_600_000);
    await this.transactions.run(async (manager) => {
      await this.sessions.deleteExpired(manager, now);
      await this.sessions.insert(manager, { id: newId(), userId: user.id, tokenHash: hashToken(accessToken), expiresAt });
      await this.users.recordLogin(manager, user.id, now);
      await this.audit.record(manager, { actorId: user.id, action: 'login', entity: 'session', entityId: user.id });
    });
    return { accessToken, expiresAt: expiresAt.toISOString(), user: toSessionUser(user) };
  }

  async logout(user: AuthenticatedUser): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.sessions.delete(manager, user.sessionId);
      await this.audit.record(manager, { actorId: user.id, action: 'logout', entity: 'session', entityId: user.id });
    });
  }

  me(user: AuthenticatedUser): SessionUser {
    return toSessionUser(user);
  }

  /** Changes the caller's own password; their other sessions end, this one stays. */
  async changePassword(caller: AuthenticatedUser, input: ChangePasswordDto): Promise<void> {
    const user = await this.users.findById(caller.id);
    if (!user || !(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      throw new AppError('wrong_password', 'Your current password is not right', [{ field: 'currentPassword', message: 'is not right' }]);
    }
    const problem = passwordProblem(input.newPassword, { email: user.email });
    if (problem) throw AppError.field('newPassword', problem);
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.transactions.run(async (manager) => {
      if (!(await this.users.updateIfVersion(manager, user.id, user.version, { passwordHash }))) throw AppError.staleVersion('account');
      await this.sessions.deleteForUser(manager, user.id, caller.sessionId);
      await this.audit.record(manager, { actorId: user.id, action: 'update', entity: 'user', entityId: user.id, changes: [{ field: 'password', redacted: true }] });
    });
  }

  override async authenticate(token: string): Promise<AuthenticatedUser | null> {
    // Reused until the next write: signing out, deactivating, resetting a password or changing a role are writes,
    // so a revoked session is never answered from here. Expiry is checked on every use.
    const tokenHash = hashToken(token);
    const found = await this.cache.get(`session ${tokenHash}`, () => this.sessions.findLive(tokenHash, new Date()));
    if (!found || found.session.expiresAt.getTime() <= Date.now()) return null;
    const { session, user } = found;
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.id };
  }
}
