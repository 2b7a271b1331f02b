import { Routes } from '@angular/router';
import { Permission } from '@pathway/contracts';
import { authGuard, guestGuard, permissionGuard } from './core/auth/auth.guard';
import { homeRedirect } from './core/navigation/home-redirect';

export const routes: Routes = [
  {
    path: 'login',
    title: 'Sign in',
    canActivate: [guestGuard],
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    loadComponent: () => import('./core/shell/shell').then((m) => m.Shell),
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: homeRedirect },
      {
        path: 'users',
        title: 'Users',
        canActivate: [permissionGuard],
        data: { permission: Permission.UsersRead },
        loadComponent: () => import('./users/user-list').then((m) => m.UserList),
      },
      {
        path: 'audit',
        title: 'Audit log',
        canActivate: [permissionGuard],
        data: { permission: Permission.AuditRead },
        loadComponent: () => import('./audit/audit-log').then((m) => m.AuditLog),
      },
      {
        path: 'account',
        title: 'My account',
        canActivate: [permissionGuard],
        data: { permission: Permission.OwnAccount },
        loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
      },
      {
        path: '**',
        title: 'Page not found',
        loadComponent: () => import('./core/not-found/not-found').then((m) => m.NotFound),
      },
    ],
  },
];
