import { Injectable } from '@nestjs/common';
import { DirectoryUserDto, Page, Role, UserDto } from '@pathway/contracts';
import { passwordProblem, removesLastActiveAdmin } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, toPage } from '../../common/http/page-query.dto';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { SessionsRepository } from '../auth/sessions.repository';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserListQueryDto } from './dto/user-list-query.dto';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { newId } from '../../database/new-id';

const AUDITED_FIELDS = ['email', 'name', 'role', 'active', 'password'] as const;

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(query: UserListQueryDto): Promise<Page<UserDto>> {
    const page = paging(query);
    const [users, total] = await this.users.search(query, page);
    return toPage(users.map(toUserDto), total, page);
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.users.findById(id);
    if (!user) throw AppError.notFound('User');
    return toUserDto(user);
  }

  async directory(): Promise<DirectoryUserDto[]> {
    return (await this.users.directory()).map(({ id, name, role }) => ({ id, name, role }));
  }

  async create(actor: AuthenticatedUser | null, input: CreateUserDto): Promise<UserDto> {
    const problem = passwordProblem(input.password, { email: input.email });
    if (problem) throw AppError.field('password', problem);
    const passwordHash = await this.hasher.hash(input.password);
    const id = newId();
    await this.transactions.run(async (manager) => {
      if (await this.users.findByEmail(input.email, manager)) {
        throw new AppError('email_taken', 'A user with this email already exists', [{ field: 'email', message: 'is already in use' }]);
      }
      await this.users.insert(manager, Object.assign(new UserEntity(), { id, email: input.email, name: input.name, role: input.role, active: true, passwordHash }));
      await this.audit.record(manager, {
        actorId: actor?.id ?? null,
        action: 'create',
        entity: 'user',
        entityId: id,
        changes: this.audit.changes(null, { ...input, active: true }, AUDITED_FIELDS),
      });
    });
    return this.get(id);
  }

  async update(actor: AuthenticatedUser, id: string, input: UpdateUserDto): Promise<UserDto> {
    const passwordHash = input.password ? await this.hashNewPassword(id, input.password) : undefined;
    await this.transactions.run(async (manager) => {
      const user = await this.users.findById(id, manager);
      if (!user) throw AppError.notFound('User');
      if (user.version !== input.version) throw AppError.staleVersion('user');
      const next = { role: input.role ?? user.role, active: input.active ?? user.active };
      const change = { currentRole: user.role, currentlyActive: user.active, nextRole: next.role, nextActive: next.active };
      if (removesLastActiveAdmin(change, await this.users.countActiveAdmins(manager))) {
        throw new AppError('last_admin', 'Pathway needs at least one active admin: make someone else an admin first', [
          { field: input.active === false ? 'active' : 'role', message: 'would leave no active admin' },
        ]);
      }
      const changes: Partial<UserEntity> = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(passwordHash ? { passwordHash } : {}),
      };
      if (!(await this.users.updateIfVersion(manager, id, input.version, changes))) throw AppError.staleVersion('user');
      // A new role, a deactivation or a reset password takes effect at once: every session of the user ends.
      if (next.role !== user.role || (user.active && !next.active) || passwordHash) {
        await this.sessions.deleteForUser(manager, id);
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'update',
        entity: 'user',
        entityId: id,
        changes: this.audit.changes(user as unknown as Record<string, unknown>, { ...input, password: input.password ? '(new)' : undefined }, AUDITED_FIELDS),
      });
    });
    return this.get(id);
  }

  /** Creates the first admin, or makes an existing account an active admin with this password (`create-admin`). */
  async ensureAdmin(email: string, password: string, name = 'Administrator'): Promise<'created' | 'updated'> {
    const existing = await this.users.findByEmail(email);
    if (!existing) {
      await this.create(null, { email: email.toLowerCase(), name, role: 'admin', password });
      return 'created';
    }
    const passwordHash = await this.hashNewPassword(existing.id, password);
    await this.transactions.run(async (manager) => {
      await this.users.updateIfVersion(manager, existing.id, existing.version, { role: 'admin', active: true, passwordHash });
      await this.sessions.deleteForUser(manager, existing.id);
      await this.audit.record(manager, {
        actorId: null,
        action: 'update',
        entity: 'user',
        entityId: existing.id,
        changes: this.audit.changes(existing as unknown as Record<string, unknown>, { role: 'admin', active: true, password: '(new)' }, AUDITED_FIELDS),
      });
    });
    return 'updated';
  }

  /** Seeds a user when absent (demo data); an existing account is left as it is. */
  async ensureUser(input: { email: string; name: string; role: Role; password: string }): Promise<boolean> {
    if (await this.users.findByEmail(input.email)) return false;
    await this.create(null, input);
    return true;
  }

  private async hashNewPassword(userId: string, password: string): Promise<string> {
    const user = await this.users.findById(userId);
    const problem = passwordProblem(password, { email: user?.email });
    if (problem) throw AppError.field('password', problem);
    return this.hasher.hash(password);
  }
}
