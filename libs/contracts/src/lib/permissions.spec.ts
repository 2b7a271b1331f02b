import { ALL_PERMISSIONS, hasPermission, Permission, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

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
});
