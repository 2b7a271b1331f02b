import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditAction, AuditEntryDto, AuditFieldChange, AuditValue, Page, REDACTED_FIELDS } from '@pathway/contracts';
import { paging, sortOrder, toPage } from '../../common/http/page-query.dto';
import { insertMany } from '../../database/bulk-insert';
import { UserEntity } from '../users/user.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditQueryDto } from './dto/audit-query.dto';
import { newId } from '../../database/new-id';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  changes?: AuditFieldChange[];
}

type Snapshot = Record<string, unknown>;

function auditValue(value: unknown): AuditValue {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as AuditValue);
}

/**
 * The one place every write is recorded: who, when, what, which fields. Callers pass the transaction's manager
 * so the entry commits or rolls back with the change it describes. Values of special-category fields and secrets
 * are never stored, only the fact that they changed.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await this.recordMany(manager, [record]);
  }

  /** Many entries in a few statements (a batch of imported people), all at the same moment. */
  async recordMany(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    const at = new Date();
    await insertMany(
      manager,
      AuditEntryEntity,
      records.map((record) => ({
        id: newId(),
        at,
        actorId: record.actorId,
        action: record.action,
        entity: record.entity,
        entityId: record.entityId,
        changes: record.changes ?? [],
      })),
    );
  }

  /** The fields that differ between two snapshots, in the order given. */
  changes(before: Snapshot | null, after: Snapshot, fields: readonly string[]): AuditFieldChange[] {
    return fields
      .filter((field) => after[field] !== undefined)
      .filter((field) => before === null || JSON.stringify(auditValue(before[field])) !== JSON.stringify(auditValue(after[field])))
      .map((field) =>
        REDACTED_FIELDS.includes(field)
          ? { field, redacted: true }
          : before === null
            ? { field, to: auditValue(after[field]) }
            : { field, from: auditValue(before[field]), to: auditValue(after[field]) },
      );
  }

  /** The newest entries about one record, oldest last (for timelines). */
  async forEntity(entity: string, entityId: string, limit = 200): Promise<AuditEntryDto[]> {
    return (await this.list(Object.assign(new AuditQueryDto(), { entity, entityId, pageSize: limit }))).items;
  }

  async list(query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    const page = paging(query);
    const { direction } = sortOrder<'at'>(query.sort, '-at');
    const builder = this.entries
      .createQueryBuilder('entry')
      .leftJoin(UserEntity, 'actor', 'actor.id = entry.actor_id')
      .select('entry')
      .addSelect('actor.name', 'actor_name');
    if (query.actorId) builder.andWhere('entry.actor_id = :actorId', { actorId: query.actorId });
    if (query.entity) builder.andWhere('entry.entity = :entity', { entity: query.entity });
    if (query.entityId) builder.andWhere('entry.entity_id = :entityId', { entityId: query.entityId });
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.from) builder.andWhere('entry.at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('entry.at < :to', { to: new Date(query.to) });
    const total = await builder.getCount();
    const { entities, raw } = await builder
      .orderBy('entry.at', direction)
      .addOrderBy('entry.id', direction)
      .offset(page.skip)
      .limit(page.pageSize)
      .getRawAndEntities<{ actor_name: string | null }>();
    const items = entities.map((entry, index) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actorId: entry.actorId,
      actorName: raw[index]?.actor_name ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      changes: entry.changes,
    }));
    return toPage(items, total, page);
  }
}
