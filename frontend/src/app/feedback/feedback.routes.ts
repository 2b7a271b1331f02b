import { Routes } from '@angular/router';
import { Permission } from '@pathway/contracts';
import { permissionGuard } from '../core/auth/auth.guard';
import { firstFeedbackTab } from './feedback-tabs';

/** Under `/feedback`, which already needs `reports.placement-experience`; each view checks its own permission too. */
export const FEEDBACK_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./feedback-page').then((m) => m.FeedbackPage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: firstFeedbackTab },
      {
        path: 'review',
        title: 'Review queue',
        canActivate: [permissionGuard],
        data: { permission: Permission.StudentsRead },
        loadComponent: () => import('./review/review-queue').then((m) => m.ReviewQueue),
      },
      {
        path: 'concerns',
        title: 'Concerns',
        canActivate: [permissionGuard],
        data: { permission: Permission.StudentsRead },
        loadComponent: () => import('./concerns/concern-list').then((m) => m.ConcernList),
      },
      {
        path: 'sites',
        title: 'Site dashboard',
        canActivate: [permissionGuard],
        data: { permission: Permission.ReportsPlacementExperience },
        loadComponent: () => import('./dashboard/site-dashboard').then((m) => m.SiteDashboard),
      },
      {
        path: 'retention',
        title: 'Retention',
        canActivate: [permissionGuard],
        data: { permission: Permission.ReportsRetention },
        loadComponent: () => import('./retention/retention-report').then((m) => m.RetentionReport),
      },
    ],
  },
];
