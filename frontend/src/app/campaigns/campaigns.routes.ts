import { Routes } from '@angular/router';

/** Under `/campaigns`, which already needs `campaigns.read`; the pages offer writing to those with `campaigns.write`. */
export const CAMPAIGN_ROUTES: Routes = [
  {
    path: '',
    title: 'Campaigns',
    loadComponent: () => import('./list/campaign-list').then((m) => m.CampaignList),
  },
  {
    path: ':id',
    title: 'Campaign',
    loadComponent: () => import('./detail/campaign-detail').then((m) => m.CampaignDetail),
  },
];
