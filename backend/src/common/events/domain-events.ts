import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Things that happened, that other features react to inside the same transaction. */
export interface DomainEventMap {
  /** An applicant withdrew consent to be contacted. */
  'applicant.consent_withdrawn': { applicantId: string; actorId: string | null };
  /** An applicant reached `enrolled`: they become a student (profession chosen at the move when they had several). */
  'applicant.enrolled': { applicantId: string; actorId: string | null; profession?: string };
}

type Handler<K extends keyof DomainEventMap> = (manager: EntityManager, payload: DomainEventMap[K]) => Promise<void>;

/**
 * A small synchronous event bus. Handlers run in the emitter's transaction, in registration order, so a failing
 * handler rolls the whole change back: either everything that follows from a change happens, or nothing does.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<keyof DomainEventMap, Handler<keyof DomainEventMap>[]>();

  on<K extends keyof DomainEventMap>(name: K, handler: Handler<K>): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler as Handler<keyof DomainEventMap>]);
  }

  async emit<K extends keyof DomainEventMap>(manager: EntityManager, name: K, payload: DomainEventMap[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler(manager, payload);
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
