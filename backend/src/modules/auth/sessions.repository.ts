import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Not, Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  /** The live session for a token hash, with its user, or null when unknown, expired or the user is inactive. */
  async findLive(tokenHash: string, now: Date): Promise<{ session: SessionEntity; user: UserEntity } | null> {
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'owner')
      .where('session.token_hash = :tokenHash', { tokenHash })
      .andWhere('session.expires_at > :now', { now })
      .andWhere('owner.active = :active', { active: true })
      .getOne();
    return session?.user ? { session, user: session.user } : null;
  }

  async insert(
    manager: EntityManager,
    session: Pick<SessionEntity, 'id' | 'userId' | 'tokenHash' | 'expiresAt'>,
  ): Promise<void> {
    await manager.insert(SessionEntity, session);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(SessionEntity, { id });
  }

  async deleteForUser(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.delete(SessionEntity, exceptSessionId ? { userId, id: Not(exceptSessionId) } : { userId });
  }

  async deleteExpired(manager: EntityManager, now: Date): Promise<void> {
    await manager.delete(SessionEntity, { expiresAt: LessThan(now) });
  }
}
