import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Kpi } from '@pathway/contracts';
import { errorMessage } from '../core/api-error';
import { AuthStore } from '../core/auth/auth-store';
import { DashboardApi } from './dashboard-api';
import { greeting } from './kpi-format';

/** The dashboard page's state: the caller's figures, loading and failure, and who they are. */
@Injectable()
export class DashboardStore {
  private readonly api = inject(DashboardApi);
  private readonly auth = inject(AuthStore);

  private readonly dashboard = rxResource({ stream: () => this.api.load() });

  readonly greeting = computed(() => greeting(this.auth.user()?.name));
  readonly kpis = computed<readonly Kpi[]>(() => (this.dashboard.hasValue() ? this.dashboard.value().kpis : []));
  readonly loading = computed(() => this.dashboard.isLoading());
  readonly loadError = computed(() => (this.dashboard.error() ? errorMessage(this.dashboard.error()) : ''));
  readonly empty = computed(() => this.dashboard.hasValue() && this.kpis().length === 0);

  reload(): void {
    this.dashboard.reload();
  }
}
