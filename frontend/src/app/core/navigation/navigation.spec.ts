import { hasPermission, Permission, Role, ROLE_PERMISSIONS, ROLES } from '@pathway/contracts';
import { mayOpen, NAVIGATION_AREAS, NavigationArea, navigationFor, REPORT_PERMISSIONS } from './navigation';

const labelsFor = (role: Role) => navigationFor(ROLE_PERMISSIONS[role]).map((area) => area.label);

describe('navigationFor', () => {
  it.each<[Role, string[]]>([
    [
      'admin',
      [
        'Dashboard',
        'Applicants',
        'Pipeline',
        'Follow-ups',
        'Events',
        'Campaigns',
        'Students',
        'Placements',
        'Feedback',
        'Reports',
        'Users',
        'Audit log',
        'My account',
      ],
    ],
    [
      'manager',
      [
        'Dashboard',
        'Applicants',
        'Pipeline',
        'Follow-ups',
        'Events',
        'Campaigns',
        'Feedback',
        'Reports',
        'Users',
        'Audit log',
        'My account',
      ],
    ],
    ['officer', ['Dashboard', 'Applicants', 'Pipeline', 'Follow-ups', 'Events', 'Campaigns', 'Reports', 'My account']],
    ['coordinator', ['Dashboard', 'Students', 'Placements', 'Feedback', 'Reports', 'My account']],
  ])('shows %s exactly %j', (role, labels) => {
    expect(labelsFor(role)).toEqual(labels);
  });

  it('puts the overdue follow-ups count on Follow-ups alone', () => {
    expect(NAVIGATION_AREAS.filter((area) => area.badge).map((area) => [area.path, area.badge])).toEqual([
      ['follow-ups', 'overdue-follow-ups'],
    ]);
  });

  it('shows managers placement feedback as aggregates, without students or placements', () => {
    const manager = navigationFor(ROLE_PERMISSIONS.manager).map((area) => area.path);
    expect(manager).toContain('feedback');
    expect(manager).not.toContain('students');
    expect(manager).not.toContain('placements');
  });

  it('never shows an area whose permission the role lacks', () => {
    for (const role of ROLES) {
      for (const area of navigationFor(ROLE_PERMISSIONS[role])) {
        const needed = typeof area.permission === 'string' ? [area.permission] : area.permission;
        expect(needed.some((permission) => hasPermission(role, permission))).toBe(true);
      }
    }
  });

  it('starts every role on its dashboard', () => {
    for (const role of ROLES) expect(navigationFor(ROLE_PERMISSIONS[role])[0].path).toBe('dashboard');
  });

  it('shows Reports for any one report permission, and not without one', () => {
    const reports = { permission: REPORT_PERMISSIONS };
    for (const permission of REPORT_PERMISSIONS)
      expect(mayOpen([Permission.OwnAccount, permission], reports)).toBe(true);
    expect(mayOpen([Permission.OwnAccount, Permission.AuditRead], reports)).toBe(false);
    expect(mayOpen([Permission.AuditRead], { permission: Permission.AuditRead })).toBe(true);
    expect(mayOpen([], { permission: [] })).toBe(false);
  });

  it('keeps the declared order and filters any list of areas', () => {
    const areas: NavigationArea[] = [
      { label: 'Audit log', icon: 'history', path: 'audit', permission: Permission.AuditRead },
      { label: 'Mine', icon: 'person', path: 'mine', permission: Permission.OwnAccount },
    ];
    expect(navigationFor([Permission.OwnAccount, Permission.AuditRead], areas).map((area) => area.path)).toEqual([
      'audit',
      'mine',
    ]);
    expect(navigationFor([], NAVIGATION_AREAS)).toEqual([]);
  });
});
