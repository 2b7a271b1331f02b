import { inject, Signal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { CampaignDto, MAX_PAGE_SIZE, Permission } from '@pathway/contracts';
import { catchError, map, of } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { CampaignsApi } from './campaigns-api';

/**
 * Campaigns to choose from in a select (newest first), fetched afresh for each form or filter bar so that a campaign
 * created a moment ago is there. Empty for people who may not read campaigns, and while (or if) they cannot be
 * fetched. Call it in an injection context.
 */
export function campaignChoices(): Signal<CampaignDto[]> {
  if (!inject(AuthStore).can(Permission.CampaignsRead)) {
    return signal([]);
  }
  const campaigns = inject(CampaignsApi)
    .list({ pageSize: MAX_PAGE_SIZE })
    .pipe(
      map((page) => page.items),
      catchError(() => of([] as CampaignDto[])),
    );
  return toSignal(campaigns, { initialValue: [] });
}
