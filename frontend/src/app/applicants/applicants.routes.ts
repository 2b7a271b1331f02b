import { Routes } from '@angular/router';
import { Permission } from '@pathway/contracts';
import { permissionGuard } from '../core/auth/auth.guard';

/** Under `/applicants`, which already needs `applicants.read`; adding and editing need `applicants.write`. */
export const APPLICANT_ROUTES: Routes = [
  {
    path: '',
    title: 'Applicants',
    loadComponent: () => import('./list/applicant-list').then((m) => m.ApplicantList),
  },
  {
    path: 'new',
    title: 'Add applicant',
    canActivate: [permissionGuard],
    data: { permission: Permission.ApplicantsWrite },
    loadComponent: () => import('./create/applicant-create').then((m) => m.ApplicantCreate),
  },
  {
    path: 'duplicates',
    title: 'Possible duplicates',
    loadComponent: () => import('./duplicates/duplicates-page').then((m) => m.DuplicatesPage),
  },
  {
    path: 'retention',
    title: 'Retention review',
    canActivate: [permissionGuard],
    data: { permission: Permission.PeopleErase },
    loadComponent: () => import('./retention/retention-page').then((m) => m.RetentionPage),
  },
  {
    path: ':id',
    title: 'Applicant',
    loadComponent: () => import('./detail/applicant-detail').then((m) => m.ApplicantDetail),
  },
  {
    path: ':id/edit',
    title: 'Edit applicant',
    canActivate: [permissionGuard],
    data: { permission: Permission.ApplicantsWrite },
    loadComponent: () => import('./edit/applicant-edit').then((m) => m.ApplicantEdit),
  },
];
