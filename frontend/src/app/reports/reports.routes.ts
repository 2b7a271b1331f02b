import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guard';
import { REPORTS } from './report-catalogue';

const PAGES: Record<string, () => Promise<unknown>> = {
  funnel: () => import('./funnel/funnel-report').then((m) => m.FunnelReport),
  'serious-conversations': () =>
    import('./serious-conversations/serious-conversations-report').then((m) => m.SeriousConversationsReport),
  reach: () => import('./reach/reach-report').then((m) => m.ReachReport),
  retention: () => import('./retention/retention-page').then((m) => m.RetentionPage),
  'placement-experience': () =>
    import('./placement-experience/placement-experience-report').then((m) => m.PlacementExperienceReport),
};

export const REPORT_ROUTES: Routes = [
  { path: '', title: 'Reports', loadComponent: () => import('./report-index').then((m) => m.ReportIndex) },
  ...REPORTS.map((report) => ({
    path: report.path,
    title: report.title,
    canActivate: [permissionGuard],
    data: { permission: report.permission },
    loadComponent: PAGES[report.path] as Routes[number]['loadComponent'],
  })),
];
