import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { asWriter } from './one-statement-at-a-time';
import { ReadCache } from './read-cache';

/**
 * Runs writes that belong together in one transaction.
 *
 * TypeORM talks to SQLite over a single connection, so two transactions opened at once would nest or fail
 * ("cannot start a transaction within a transaction"). On SQLite every transaction therefore waits its turn in
 * one first-in-first-out queue, and its statements go ahead of waiting reads (`asWriter`); PostgreSQL has a pool
 * and runs them side by side. Every write goes through here, and each one, once it has ended, tells the read cache
 * that the data may have changed.
 */
@Injectable()
export class TransactionService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialise: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ReadCache,
  ) {
    this.serialise = dataSource.options.type === 'sqlite';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const transaction = () => this.dataSource.transaction(work).finally(() => this.cache.changed());
    if (!this.serialise) {
      return transaction();
    }
    const result = this.queue.then(() => asWriter(transaction));
    // The queue continues whether this transaction commits or fails.
    this.queue = result.catch(() => undefined);
    return result;
  }
}
