import { Routes } from '@angular/router';
import { Permission } from '@pathway/contracts';
import { permissionGuard } from '../core/auth/auth.guard';

/** Under `/events`, which already needs `applicants.read`; planning and editing need `applicants.write`. */
export const EVENT_ROUTES: Routes = [
  {
    path: '',
    title: 'Events',
    loadComponent: () => import('./list/event-list').then((m) => m.EventList),
  },
  {
    path: 'new',
    title: 'New event',
    canActivate: [permissionGuard],
    data: { permission: Permission.ApplicantsWrite },
    loadComponent: () => import('./form/event-create').then((m) => m.EventCreate),
  },
  {
    path: ':id',
    title: 'Event',
    loadComponent: () => import('./detail/event-detail').then((m) => m.EventDetail),
  },
  {
    path: ':id/edit',
    title: 'Edit event',
    canActivate: [permissionGuard],
    data: { permission: Permission.ApplicantsWrite },
    loadComponent: () => import('./form/event-edit').then((m) => m.EventEdit),
  },
  {
    path: ':id/import',
    canActivate: [permissionGuard],
    data: { permission: Permission.ApplicantsWrite },
    loadChildren: () => import('../imports/imports.routes').then((m) => m.ATTENDEE_IMPORT_ROUTES),
  },
  {
    path: ':id/sheet',
    title: 'Sign-up sheet',
    loadComponent: () => import('./sheet/sign-up-sheet').then((m) => m.SignUpSheet),
  },
];
