import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs writes that belong together in one transaction.
 *
 * TypeORM talks to SQLite over a single connection, so two transactions opened at once would nest or fail
 * ("cannot start a transaction within a transaction"). On SQLite every transaction therefore waits its turn in
 * one first-in-first-out queue; PostgreSQL has a pool and runs them side by side. Every write goes through here.
 */
@Injectable()
export class TransactionService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialise: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type === 'sqlite';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) {
      return this.dataSource.transaction(work);
    }
    const result = this.queue.then(() => this.dataSource.transaction(work));
    // The queue continues whether this transaction commits or fails.
    this.queue = result.catch(() => undefined);
    return result;
  }
}
