import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { updateIfVersion } from '../../database/optimistic-update';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { UserSortField } from '@pathway/contracts';
import { Paging, sortOrder } from '../../common/http/page-query.dto';
import { UserListQueryDto } from './dto/user-list-query.dto';
import { UserEntity } from './user.entity';

const SORT_COLUMNS: Record<UserSortField, string> = {
  name: 'account.name',
  email: 'account.email',
  role: 'account.role',
  createdAt: 'account.created_at',
  lastLoginAt: 'account.last_login_at',
};

/** Every query on users. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ id });
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ email: email.toLowerCase() });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  countActiveAdmins(manager: EntityManager): Promise<number> {
    return manager.getRepository(UserEntity).countBy({ role: 'admin', active: true });
  }

  async search(query: UserListQueryDto, page: Paging): Promise<[UserEntity[], number]> {
    const builder = this.users.createQueryBuilder('account');
    if (query.search) {
      // Matches from the start of the name, of any later word in it, or of the email; case-insensitive on both engines.
      const term = query.search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where("LOWER(account.name) LIKE :prefix ESCAPE '\\'", { prefix: `${term}%` })
            .orWhere("LOWER(account.name) LIKE :word ESCAPE '\\'", { word: `% ${term}%` })
            .orWhere("account.email LIKE :prefix ESCAPE '\\'"),
        ),
      );
    }
    if (query.role) builder.andWhere('account.role = :role', { role: query.role });
    if (query.active !== undefined) builder.andWhere('account.active = :active', { active: query.active });
    const { field, direction } = sortOrder<UserSortField>(query.sort, 'name');
    return builder
      .orderBy(SORT_COLUMNS[field], direction)
      .addOrderBy('account.id', 'ASC')
      .skip(page.skip)
      .take(page.pageSize)
      .getManyAndCount();
  }

  directory(): Promise<Pick<UserEntity, 'id' | 'name' | 'role'>[]> {
    return this.users.find({
      select: { id: true, name: true, role: true },
      where: { active: true },
      order: { name: 'ASC' },
    });
  }

  async insert(manager: EntityManager, user: UserEntity): Promise<void> {
    await manager.insert(UserEntity, user);
  }

  updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: QueryDeepPartialEntity<UserEntity>,
  ): Promise<boolean> {
    return updateIfVersion(manager, UserEntity, id, version, changes);
  }

  async recordLogin(manager: EntityManager, id: string, at: Date): Promise<void> {
    // A login is not an edit: it must not bump the version someone may be editing against.
    await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ lastLoginAt: at, version: () => 'version', updatedAt: () => 'updated_at' })
      .where('id = :id', { id })
      .execute();
  }
}
