import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, PlacementSiteDto } from '@pathway/contracts';
import { map } from 'rxjs';
import { PlacementsApi } from './placements-api';

/**
 * Placement sites to choose from in filters, by name. A team has tens of sites, not thousands, so the first hundred
 * are enough for a select; the new-placement dialog searches instead.
 */
@Injectable({ providedIn: 'root' })
export class SiteOptions {
  private readonly api = inject(PlacementsApi);
  private readonly resource = rxResource({
    stream: () => this.api.sites({ pageSize: MAX_PAGE_SIZE }).pipe(map((page) => page.items)),
  });

  readonly sites = computed<PlacementSiteDto[]>(() => (this.resource.hasValue() ? this.resource.value() : []));

  siteName(id: string): string {
    return this.sites().find((site) => site.id === id)?.name ?? '';
  }

  reload(): void {
    this.resource.reload();
  }
}
