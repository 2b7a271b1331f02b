import { Permission } from '@pathway/contracts';

/** Every report; the Reports area shows for a role that may open at least one of them. */
export const REPORT_PERMISSIONS: readonly Permission[] = [
  Permission.ReportsFunnel,
  Permission.ReportsSeriousConversations,
  Permission.ReportsReach,
  Permission.ReportsRetention,
  Permission.ReportsPlacementExperience,
];

/** One area of the app in the side navigation. */
export interface NavigationArea {
  label: string;
  /** A Material Symbols name. */
  icon: string;
  /** The route path, without a leading slash. */
  path: string;
  /** The permission a person needs to see and open the area; with a list, any one of them will do. */
  permission: Permission | readonly Permission[];
  /** A count the shell shows on the area's icon. */
  badge?: NavigationBadge;
}

/** The counts an area can carry: for now, the signed-in person's overdue follow-ups. */
export type NavigationBadge = 'overdue-follow-ups';

/**
 * Every area, in the order the side navigation shows them. The first one a role may use is that role's home page,
 * so put the areas people start their day in (a dashboard, follow-ups) first when they arrive.
 */
export const NAVIGATION_AREAS: readonly NavigationArea[] = [
  { label: 'Dashboard', icon: 'dashboard', path: 'dashboard', permission: Permission.DashboardRead },
  { label: 'Applicants', icon: 'person_search', path: 'applicants', permission: Permission.ApplicantsRead },
  { label: 'Pipeline', icon: 'view_kanban', path: 'pipeline', permission: Permission.ApplicantsRead },
  {
    label: 'Follow-ups',
    icon: 'task_alt',
    path: 'follow-ups',
    permission: Permission.ApplicantsRead,
    badge: 'overdue-follow-ups',
  },
  { label: 'Events', icon: 'event', path: 'events', permission: Permission.ApplicantsRead },
  { label: 'Campaigns', icon: 'campaign', path: 'campaigns', permission: Permission.CampaignsRead },
  { label: 'Students', icon: 'school', path: 'students', permission: Permission.StudentsRead },
  { label: 'Placements', icon: 'local_hospital', path: 'placements', permission: Permission.StudentsRead },
  { label: 'Feedback', icon: 'reviews', path: 'feedback', permission: Permission.ReportsPlacementExperience },
  { label: 'Reports', icon: 'insights', path: 'reports', permission: REPORT_PERMISSIONS },
  { label: 'Users', icon: 'group', path: 'users', permission: Permission.UsersRead },
  { label: 'Audit log', icon: 'history', path: 'audit', permission: Permission.AuditRead },
  { label: 'My account', icon: 'account_circle', path: 'account', permission: Permission.OwnAccount },
];

export function navigationFor(
  permissions: readonly Permission[],
  areas: readonly NavigationArea[] = NAVIGATION_AREAS,
): NavigationArea[] {
  return areas.filter((area) => mayOpen(permissions, area));
}

/** Whether someone with these permissions may open an area (any one of its permissions will do). */
export function mayOpen(permissions: readonly Permission[], area: Pick<NavigationArea, 'permission'>): boolean {
  const needed: readonly Permission[] = typeof area.permission === 'string' ? [area.permission] : area.permission;
  return needed.some((permission) => permissions.includes(permission));
}
