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
    path: 'register/:slug',
    title: 'Sign up',
    loadComponent: () => import('./public/event-sign-up-page').then((m) => m.EventSignUpPage),
  },
  {
    path: 'survey/:token',
    title: 'Placement feedback',
    loadComponent: () => import('./survey/survey-page').then((m) => m.SurveyPage),
  },
  {
    path: '',
    loadComponent: () => import('./core/shell/shell').then((m) => m.Shell),
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: homeRedirect },
      {
        path: 'dashboard',
        title: 'Dashboard',
        canActivate: [permissionGuard],
        data: { permission: Permission.DashboardRead },
        loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
      },
      {
        // Beside the applicants area rather than in it: importing needs `applicants.write`.
        path: 'applicants/import',
        canActivate: [permissionGuard],
        data: { permission: Permission.ApplicantsWrite },
        loadChildren: () => import('./imports/imports.routes').then((m) => m.APPLICANT_IMPORT_ROUTES),
      },
      {
        path: 'applicants',
        canActivate: [permissionGuard],
        data: { permission: Permission.ApplicantsRead },
        loadChildren: () => import('./applicants/applicants.routes').then((m) => m.APPLICANT_ROUTES),
      },
      {
        path: 'pipeline',
        title: 'Pipeline',
        canActivate: [permissionGuard],
        data: { permission: Permission.ApplicantsRead },
        loadComponent: () => import('./pipeline/board/board-page').then((m) => m.BoardPage),
      },
      {
        path: 'follow-ups',
        title: 'Follow-ups',
        canActivate: [permissionGuard],
        data: { permission: Permission.ApplicantsRead },
        loadComponent: () => import('./follow-ups/follow-ups-page').then((m) => m.FollowUpsPage),
      },
      {
        path: 'log',
        title: 'Log a conversation',
        canActivate: [permissionGuard],
        data: { permission: Permission.ApplicantsWrite },
        loadComponent: () => import('./conversations/quick-log/quick-log-page').then((m) => m.QuickLogPage),
      },
      {
        path: 'events',
        canActivate: [permissionGuard],
        data: { permission: Permission.ApplicantsRead },
        loadChildren: () => import('./events/events.routes').then((m) => m.EVENT_ROUTES),
      },
      {
        path: 'campaigns',
        canActivate: [permissionGuard],
        data: { permission: Permission.CampaignsRead },
        loadChildren: () => import('./campaigns/campaigns.routes').then((m) => m.CAMPAIGN_ROUTES),
      },
      {
        // Beside the students area rather than in it: importing needs `students.write`.
        path: 'students/import',
        canActivate: [permissionGuard],
        data: { permission: Permission.StudentsWrite },
        loadChildren: () => import('./imports/imports.routes').then((m) => m.STUDENT_IMPORT_ROUTES),
      },
      {
        path: 'students',
        canActivate: [permissionGuard],
        data: { permission: Permission.StudentsRead },
        loadChildren: () => import('./students/students.routes').then((m) => m.STUDENT_ROUTES),
      },
      {
        path: 'placements',
        canActivate: [permissionGuard],
        data: { permission: Permission.StudentsRead },
        loadChildren: () => import('./placements/placements.routes').then((m) => m.PLACEMENT_ROUTES),
      },
      {
        path: 'feedback',
        canActivate: [permissionGuard],
        data: { permission: Permission.ReportsPlacementExperience },
        loadChildren: () => import('./feedback/feedback.routes').then((m) => m.FEEDBACK_ROUTES),
      },
      {
        path: 'reports',
        loadChildren: () => import('./reports/reports.routes').then((m) => m.REPORT_ROUTES),
      },
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
