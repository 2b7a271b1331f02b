import { Role } from './roles';

/**
 * Every permission key Pathway checks. The table below is the single encoding of DESIGN.md's permission table:
 * the backend guards routes with it and the frontend shows navigation from it.
 */
export const Permission = {
  OwnAccount: 'account.own',
  /** The home page of headline figures; what it shows depends on the role. */
  DashboardRead: 'dashboard.read',
  DirectoryRead: 'directory.read',
  ReferenceRead: 'reference.read',
  ReferenceWrite: 'reference.write',
  UsersRead: 'users.read',
  UsersWrite: 'users.write',
  SurveyTemplatesRead: 'survey-templates.read',
  SurveyTemplatesWrite: 'survey-templates.write',
  ApplicantsRead: 'applicants.read',
  ApplicantsWrite: 'applicants.write',
  /** Widening-participation flags (special-category data) on an applicant's record. */
  SpecialCategoryRead: 'applicants.special-category',
  /** Edit a conversation: officers their own, managers and admins any (checked per record). */
  ConversationsEdit: 'conversations.edit',
  CampaignsRead: 'campaigns.read',
  CampaignsWrite: 'campaigns.write',
  ApplicantsMerge: 'applicants.merge',
  PeopleExport: 'people.export',
  PeopleErase: 'people.erase',
  StudentsExport: 'students.export',
  StudentsRead: 'students.read',
  StudentsWrite: 'students.write',
  StudentAggregatesRead: 'students.aggregates',
  ReportsFunnel: 'reports.funnel',
  ReportsSeriousConversations: 'reports.serious-conversations',
  ReportsReach: 'reports.reach',
  ReportsRetention: 'reports.retention',
  ReportsPlacementExperience: 'reports.placement-experience',
  AuditRead: 'audit.read',
  /** See, download the rejected rows of and undo imports (of the kinds the role may import). */
  ImportsRun: 'imports.run',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

const everyone: Permission[] = [
  Permission.OwnAccount,
  Permission.DashboardRead,
  Permission.DirectoryRead,
  Permission.ReferenceRead,
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [...ALL_PERMISSIONS],
  manager: [
    ...everyone,
    Permission.UsersRead,
    Permission.SurveyTemplatesRead,
    Permission.ApplicantsRead,
    Permission.ConversationsEdit,
    Permission.CampaignsRead,
    Permission.CampaignsWrite,
    Permission.ApplicantsMerge,
    Permission.PeopleExport,
    Permission.PeopleErase,
    Permission.StudentsExport,
    Permission.StudentAggregatesRead,
    Permission.ReportsFunnel,
    Permission.ReportsSeriousConversations,
    Permission.ReportsReach,
    Permission.ReportsRetention,
    Permission.ReportsPlacementExperience,
    Permission.AuditRead,
  ],
  officer: [
    ...everyone,
    Permission.ApplicantsRead,
    Permission.ApplicantsWrite,
    Permission.ImportsRun,
    Permission.SpecialCategoryRead,
    Permission.ConversationsEdit,
    Permission.CampaignsRead,
    Permission.ApplicantsMerge,
    Permission.ReportsFunnel,
    Permission.ReportsSeriousConversations,
    Permission.ReportsReach,
  ],
  coordinator: [
    ...everyone,
    Permission.SurveyTemplatesRead,
    Permission.StudentsRead,
    Permission.StudentsWrite,
    Permission.ImportsRun,
    Permission.StudentsExport,
    Permission.StudentAggregatesRead,
    Permission.ReportsRetention,
    Permission.ReportsPlacementExperience,
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
