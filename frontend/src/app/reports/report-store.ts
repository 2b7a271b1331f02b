import { computed, inject, Signal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { finalize } from 'rxjs';
import { csvFileName } from './report-format';
import { errorMessage } from '../core/api-error';
import { saveFile } from '../core/files/save-file';
import { filtersFrom, filtersToParams, FilterSpec, hasFilters, ReportFilters, toReportParams } from './report-filters';
import { ReportBodies, ReportName, ReportsApi } from './reports-api';

export interface ReportStore<K extends string, R> {
  filters: Signal<ReportFilters<K>>;
  filtered: Signal<boolean>;
  report: Signal<R | undefined>;
  loading: Signal<boolean>;
  /** A sentence explaining why the last load failed; empty when it did not. */
  loadError: Signal<string>;
  downloading: Signal<boolean>;
  downloadError: Signal<string>;
  setFilters(changes: Partial<ReportFilters<K>>): void;
  clearFilters(): void;
  reload(): void;
  /** The report with the same filters as a CSV file. */
  download(): void;
}

/**
 * One report's state: its filters kept in the URL (so a filtered report can be shared and survives a reload), the
 * report they select, and its CSV download. Call it in an injection context of a component-level provider.
 */
export function reportStore<N extends ReportName, K extends string>(
  name: N,
  spec: FilterSpec<K>,
  rename: Partial<Record<K, string>> = {},
): ReportStore<K, ReportBodies[N]> {
  const api = inject(ReportsApi);
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const queryParams = toSignal(route.queryParamMap, { requireSync: true });
  const filters = computed(() => filtersFrom(spec, queryParams()), {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const params = computed(() => toReportParams(spec, filters(), rename));
  const resource = rxResource({ params, stream: ({ params }) => api.report(name, params) });
  const downloading = signal(false);
  const downloadError = signal('');

  const navigate = (next: ReportFilters<K>) =>
    void router.navigate([], { relativeTo: route, queryParams: filtersToParams(next), replaceUrl: true });

  return {
    filters,
    filtered: computed(() => hasFilters(filters())),
    report: computed(() => (resource.hasValue() ? resource.value() : undefined)),
    loading: resource.isLoading,
    loadError: computed(() => (resource.error() ? errorMessage(resource.error()) : '')),
    downloading,
    downloadError,
    setFilters: (changes) => navigate({ ...filters(), ...changes }),
    clearFilters: () => void router.navigate([], { relativeTo: route, queryParams: {}, replaceUrl: true }),
    reload: () => resource.reload(),
    download: () => {
      downloading.set(true);
      downloadError.set('');
      api
        .csv(name, params())
        .pipe(finalize(() => downloading.set(false)))
        .subscribe({
          next: (file) => saveFile(file, csvFileName(name, new Date())),
          error: (error) => downloadError.set(errorMessage(error)),
        });
    },
  };
}
