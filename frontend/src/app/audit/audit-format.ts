import { AuditAction, AuditFieldChange, AuditValue } from '@pathway/contracts';

const ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  restore: 'Restored',
  login: 'Signed in',
  logout: 'Signed out',
  export: 'Exported',
  erase: 'Erased',
  merge: 'Merged',
  read_sensitive: 'Read sensitive data',
  import: 'Imported',
  undo_import: 'Undid import',
};

export function auditActionLabel(action: AuditAction): string {
  return ACTION_LABELS[action] ?? action;
}

/** "role: officer → manager"; "password changed" when the values are withheld; "name: Ann" when a field is new. */
export function describeChange({ field, from, to, redacted }: AuditFieldChange): string {
  if (redacted) {
    return `${field} changed`;
  }
  if (from === undefined) {
    return `${field}: ${auditValue(to)}`;
  }
  return `${field}: ${auditValue(from)} → ${auditValue(to)}`;
}

function auditValue(value: AuditValue | undefined): string {
  if (value === undefined || value === null || value === '') {
    return '(empty)';
  }
  if (Array.isArray(value)) {
    return value.length ? value.join(', ') : '(none)';
  }
  if (typeof value === 'boolean') {
    return value ? 'yes' : 'no';
  }
  return String(value);
}

/** The first block of a UUID is enough to tell records apart on screen; the full id is in the tooltip. */
export function shortId(id: string | null): string {
  return id ? id.split('-')[0] : '';
}
