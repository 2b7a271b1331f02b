import { computed, inject, linkedSignal, Signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page } from '@pathway/contracts';
import { Observable } from 'rxjs';
import { errorMessage } from '../api-error';

/** The page sizes every list offers; the largest is the API's maximum. */
export const PAGE_SIZE_OPTIONS = [10, DEFAULT_PAGE_SIZE, 50, MAX_PAGE_SIZE] as const;

export interface PagedFilters {
  page: number;
  pageSize: number;
}

export interface PagedListOptions<F extends PagedFilters, Q, T> {
  /** Filters from the URL's query parameters; must turn anything invalid into its default. */
  parse: (params: ParamMap) => F;
  defaults: F;
  toQuery: (filters: F) => Q;
  load: (query: Q) => Observable<Page<T>>;
}

export interface PagedList<F extends PagedFilters, T> {
  filters: Signal<F>;
  items: Signal<T[]>;
  total: Signal<number>;
  loading: Signal<boolean>;
  /** A sentence explaining why the last load failed; empty when it did not. */
  loadError: Signal<string>;
  /** The last load succeeded and found nothing. */
  empty: Signal<boolean>;
  setFilters(changes: Partial<F>): void;
  reload(): void;
}

/**
 * A server-paged list whose filters live in the URL, so that a filtered list can be shared and survives a reload.
 * Call it in an injection context (a store's field initialiser) of a component-level provider.
 */
export function pagedList<F extends PagedFilters, Q, T>(options: PagedListOptions<F, Q, T>): PagedList<F, T> {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const queryParams = toSignal(route.queryParamMap, { requireSync: true });
  const filters = computed(() => options.parse(queryParams()));

  const resource = rxResource({
    params: () => options.toQuery(filters()),
    stream: ({ params }) => options.load(params),
  });
  // The last page that arrived stays on screen while the next one loads, so that the table does not flicker.
  const shownPage = linkedSignal<Page<T> | undefined, Page<T> | undefined>({
    source: () => (resource.hasValue() ? resource.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });

  return {
    filters,
    items: computed(() => shownPage()?.items ?? []),
    total: computed(() => shownPage()?.total ?? 0),
    loading: resource.isLoading,
    loadError: computed(() => {
      const error = resource.error();
      return error ? errorMessage(error) : '';
    }),
    empty: computed(() => resource.hasValue() && resource.value().items.length === 0),
    setFilters: (changes) => {
      void router.navigate([], {
        relativeTo: route,
        queryParams: paramsWithoutDefaults({ ...filters(), ...changes }, options.defaults),
        replaceUrl: true,
      });
    },
    reload: () => resource.reload(),
  };
}

/** Query parameters for the URL: values equal to their default are left out so that links stay short. */
export function paramsWithoutDefaults<F extends object>(values: F, defaults: F): Params {
  const params: Params = {};
  for (const key of Object.keys(values) as (keyof F & string)[]) {
    if (values[key] !== defaults[key]) {
      params[key] = values[key];
    }
  }
  return params;
}

/** A page number from the URL: a positive whole number, else the first page. */
export function pageFromParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** A page size from the URL: one of the offered sizes, else the default. */
export function pageSizeFromParam(value: string | null): number {
  const pageSize = Number(value);
  return (PAGE_SIZE_OPTIONS as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE;
}
