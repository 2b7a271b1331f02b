import { Routes } from '@angular/router';

/** Under `/placements`, which already needs `students.read`. */
export const PLACEMENT_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./placements-page').then((m) => m.PlacementsPage),
    children: [
      {
        path: '',
        title: 'Placements',
        loadComponent: () => import('./list/placement-list').then((m) => m.PlacementList),
      },
      {
        path: 'sites',
        title: 'Placement sites',
        loadComponent: () => import('./sites/site-list').then((m) => m.SiteList),
      },
    ],
  },
];
