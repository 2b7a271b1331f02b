import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * `UPDATE … WHERE id = ? AND version = ?`: changes the row only if nobody else has since the caller read it
 * (TypeORM's @VersionColumn only increments; it never checks). False when the version was stale.
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<boolean> {
  const result = await manager.createQueryBuilder().update(target).set(changes).where('id = :id AND version = :version', { id, version }).execute();
  return result.affected === 1;
}
