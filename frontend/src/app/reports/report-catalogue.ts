import { Permission } from '@pathway/contracts';

export interface ReportCard {
  path: string;
  title: string;
  summary: string;
  icon: string;
  permission: Permission;
}

/** Every report, in the order the index shows them; each page is guarded by the same permission. */
export const REPORTS: readonly ReportCard[] = [
  {
    path: 'funnel',
    title: 'Conversion funnel',
    summary: 'How far people first contacted in a period got, stage by stage.',
    icon: 'filter_alt',
    permission: Permission.ReportsFunnel,
  },
  {
    path: 'serious-conversations',
    title: 'Serious conversations',
    summary: 'Serious conversations per month, officer and profession against the target.',
    icon: 'forum',
    permission: Permission.ReportsSeriousConversations,
  },
  {
    path: 'reach',
    title: 'Reach',
    summary: 'Events held, young people and educators reached, webinars and leaflets, and who referred people.',
    icon: 'campaign',
    permission: Permission.ReportsReach,
  },
  {
    path: 'retention',
    title: 'Retention',
    summary: 'Who stays on the course, per cohort and profession.',
    icon: 'school',
    permission: Permission.ReportsRetention,
  },
  {
    path: 'placement-experience',
    title: 'Placement experience',
    summary: 'What students say about their placements, by domain and site.',
    icon: 'rate_review',
    permission: Permission.ReportsPlacementExperience,
  },
];

/** The reports someone may open, given what they may do. */
export function reportsFor(can: (permission: Permission) => boolean): ReportCard[] {
  return REPORTS.filter((report) => can(report.permission));
}
