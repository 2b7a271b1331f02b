import { ParamMap } from '@angular/router';
import { AUDIT_ACTIONS, AuditAction, AuditQuery, DEFAULT_PAGE_SIZE } from '@pathway/contracts';
import { startOfDay } from '../core/format/calendar-day';
import { pageFromParam, pageSizeFromParam } from '../core/list/paged-list';

/** The audit log's state as it lives in the URL. Dates are calendar days (`YYYY-MM-DD`) in the browser's zone. */
export interface AuditFilters {
  action: AuditAction | '';
  entity: string;
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_AUDIT_FILTERS: AuditFilters = {
  action: '',
  entity: '',
  from: '',
  to: '',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function auditFiltersFrom(params: ParamMap): AuditFilters {
  const action = params.get('action');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    action: (AUDIT_ACTIONS as readonly (string | null)[]).includes(action) ? (action as AuditAction) : '',
    entity: params.get('entity')?.trim() ?? '',
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

/** "From" includes the whole first day and "To" the whole last day; the API's `to` is exclusive. */
export function toAuditQuery({ action, entity, from, to, page, pageSize }: AuditFilters): AuditQuery {
  return {
    ...(action ? { action } : {}),
    ...(entity ? { entity } : {}),
    ...(from ? { from: startOfDay(from, 0).toISOString() } : {}),
    ...(to ? { to: startOfDay(to, 1).toISOString() } : {}),
    sort: '-at',
    page,
    pageSize,
  };
}

export function hasActiveAuditFilters({ action, entity, from, to }: AuditFilters): boolean {
  return action !== '' || entity !== '' || from !== '' || to !== '';
}
