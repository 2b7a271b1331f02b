import { computed, inject, Injectable } from '@angular/core';
import { pagedList } from '../core/list/paged-list';
import { AuditApi } from './audit-api';
import {
  AuditFilters,
  auditFiltersFrom,
  DEFAULT_AUDIT_FILTERS,
  hasActiveAuditFilters,
  toAuditQuery,
} from './audit-filters';

/** The audit log page's state: filters kept in the URL, and the page of entries they select, newest first. */
@Injectable()
export class AuditLogStore {
  private readonly api = inject(AuditApi);
  private readonly list = pagedList({
    parse: auditFiltersFrom,
    defaults: DEFAULT_AUDIT_FILTERS,
    toQuery: toAuditQuery,
    load: (query) => this.api.list(query),
  });

  readonly filters = this.list.filters;
  readonly entries = this.list.items;
  readonly total = this.list.total;
  readonly loading = this.list.loading;
  readonly loadError = this.list.loadError;
  readonly empty = this.list.empty;
  readonly filtered = computed(() => hasActiveAuditFilters(this.filters()));

  setFilters(changes: Partial<AuditFilters>): void {
    this.list.setFilters(changes);
  }

  clearFilters(): void {
    this.list.setFilters({ action: '', entity: '', from: '', to: '', page: 1 });
  }

  reload(): void {
    this.list.reload();
  }
}
