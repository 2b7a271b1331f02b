import { PageQuery } from './pagination';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'login', 'logout', 'export', 'erase', 'merge', 'read_sensitive', 'import', 'undo_import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One changed field. Values are left out (`redacted: true`) for special-category and secret fields. */
export type AuditValue = string | number | boolean | null | string[];

export interface AuditFieldChange {
  field: string;
  from?: AuditValue;
  to?: AuditValue;
  redacted?: boolean;
}

export interface AuditEntryDto {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  changes: AuditFieldChange[];
}

export interface AuditQuery extends PageQuery {
  actorId?: string;
  entity?: string;
  entityId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

/** Fields whose values never reach the audit log or any log: special-category data and secrets. */
export const REDACTED_FIELDS: readonly string[] = [
  'password',
  'passwordHash',
  'wpFirstInFamily',
  'wpCareExperienced',
  'wpDisability',
  'wpEthnicity',
];
