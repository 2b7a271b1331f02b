import { Routes } from '@angular/router';

/** Under `/applicants/import`, which needs `applicants.write`. */
export const IMPORT_ROUTES: Routes = [
  {
    path: '',
    title: 'Import applicants',
    loadComponent: () => import('./import-page').then((m) => m.ImportPage),
  },
];
