import { ALL_PERMISSIONS, hasPermission, Permission, ROLE_PERMISSIONS } from './permissions';
import { Role, ROLES } from './roles';

describe('role permissions', () => {
  it('gives every role its own account, the directory and reference data', () => {
    for (const role of ROLES) {
      expect(hasPermission(role, Permission.OwnAccount)).toBe(true);
      expect(hasPermission(role, Permission.DirectoryRead)).toBe(true);
      expect(hasPermission(role, Permission.ReferenceRead)).toBe(true);
    }
  });

  it('gives admins every permission', () => {
    expect([...ROLE_PERMISSIONS.admin].sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  it('lets only admins write users and reference data', () => {
    for (const role of ROLES) {
      expect(hasPermission(role, Permission.UsersWrite)).toBe(role === 'admin');
      expect(hasPermission(role, Permission.ReferenceWrite)).toBe(role === 'admin');
    }
  });

  it('keeps coordinators away from applicants and officers away from students', () => {
    expect(hasPermission('coordinator', Permission.ApplicantsRead)).toBe(false);
    expect(hasPermission('officer', Permission.StudentsRead)).toBe(false);
    expect(hasPermission('manager', Permission.StudentsRead)).toBe(false);
    expect(hasPermission('manager', Permission.StudentAggregatesRead)).toBe(true);
  });

  it('splits reports as the design table does', () => {
    expect(hasPermission('officer', Permission.ReportsFunnel)).toBe(true);
    expect(hasPermission('officer', Permission.ReportsRetention)).toBe(false);
    expect(hasPermission('coordinator', Permission.ReportsRetention)).toBe(true);
    expect(hasPermission('coordinator', Permission.ReportsFunnel)).toBe(false);
  });

  it('shows special-category data to officers and admins only', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.SpecialCategoryRead))).toEqual(['admin', 'officer']);
  });

  it('shows the audit log to admins and managers only', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.AuditRead))).toEqual(['admin', 'manager']);
  });

  it('lists no permission twice for a role', () => {
    for (const role of ROLES) {
      expect(new Set(ROLE_PERMISSIONS[role]).size).toBe(ROLE_PERMISSIONS[role].length);
    }
  });

  it('matches the design table row by row, so the route matrix checks against the table and not against itself', () => {
    // One line per row of DESIGN.md's permission table: the permissions it grants each role.
    const table: Record<string, Record<Role, Permission[]>> = {
      'directory and reference data': {
        admin: [Permission.DirectoryRead, Permission.ReferenceRead, Permission.ReferenceWrite],
        manager: [Permission.DirectoryRead, Permission.ReferenceRead],
        officer: [Permission.DirectoryRead, Permission.ReferenceRead],
        coordinator: [Permission.DirectoryRead, Permission.ReferenceRead],
      },
      'users and survey templates': {
        admin: [
          Permission.UsersRead,
          Permission.UsersWrite,
          Permission.SurveyTemplatesRead,
          Permission.SurveyTemplatesWrite,
        ],
        manager: [Permission.UsersRead, Permission.SurveyTemplatesRead],
        officer: [],
        coordinator: [Permission.SurveyTemplatesRead],
      },
      'applicants, conversations, follow-ups, events, organisations and their imports': {
        admin: [
          Permission.ApplicantsRead,
          Permission.ApplicantsWrite,
          Permission.SpecialCategoryRead,
          Permission.ConversationsEdit,
          Permission.ImportsRun,
        ],
        manager: [Permission.ApplicantsRead, Permission.ConversationsEdit],
        officer: [
          Permission.ApplicantsRead,
          Permission.ApplicantsWrite,
          Permission.SpecialCategoryRead,
          Permission.ConversationsEdit,
          Permission.ImportsRun,
        ],
        coordinator: [],
      },
      'campaigns and their targets': {
        admin: [Permission.CampaignsRead, Permission.CampaignsWrite],
        manager: [Permission.CampaignsRead, Permission.CampaignsWrite],
        officer: [Permission.CampaignsRead],
        coordinator: [],
      },
      'erase, export, merge': {
        admin: [Permission.PeopleErase, Permission.PeopleExport, Permission.StudentsExport, Permission.ApplicantsMerge],
        manager: [
          Permission.PeopleErase,
          Permission.PeopleExport,
          Permission.StudentsExport,
          Permission.ApplicantsMerge,
        ],
        officer: [Permission.ApplicantsMerge],
        coordinator: [Permission.StudentsExport],
      },
      'students, placements, sites, survey responses, concerns, student imports': {
        admin: [
          Permission.StudentsRead,
          Permission.StudentsWrite,
          Permission.StudentAggregatesRead,
          Permission.ImportsRun,
        ],
        manager: [Permission.StudentAggregatesRead],
        officer: [],
        coordinator: [
          Permission.StudentsRead,
          Permission.StudentsWrite,
          Permission.StudentAggregatesRead,
          Permission.ImportsRun,
        ],
      },
      reports: {
        admin: [
          Permission.ReportsFunnel,
          Permission.ReportsSeriousConversations,
          Permission.ReportsReach,
          Permission.ReportsRetention,
          Permission.ReportsPlacementExperience,
        ],
        manager: [
          Permission.ReportsFunnel,
          Permission.ReportsSeriousConversations,
          Permission.ReportsReach,
          Permission.ReportsRetention,
          Permission.ReportsPlacementExperience,
        ],
        officer: [Permission.ReportsFunnel, Permission.ReportsSeriousConversations, Permission.ReportsReach],
        coordinator: [Permission.ReportsRetention, Permission.ReportsPlacementExperience],
      },
      'audit log': { admin: [Permission.AuditRead], manager: [Permission.AuditRead], officer: [], coordinator: [] },
      'own account and home page': {
        admin: [Permission.OwnAccount, Permission.DashboardRead],
        manager: [Permission.OwnAccount, Permission.DashboardRead],
        officer: [Permission.OwnAccount, Permission.DashboardRead],
        coordinator: [Permission.OwnAccount, Permission.DashboardRead],
      },
    };
    for (const role of ROLES) {
      const granted = new Set(Object.values(table).flatMap((row) => row[role]));
      expect({ role, permissions: [...ROLE_PERMISSIONS[role]].sort() }).toEqual({
        role,
        permissions: [...granted].sort(),
      });
    }
  });
});
