import { hasPermission, Permission, Role, ROLE_PERMISSIONS, ROLES } from '@pathway/contracts';
import { NAVIGATION_AREAS, NavigationArea, navigationFor } from './navigation';

const labelsFor = (role: Role) => navigationFor(ROLE_PERMISSIONS[role]).map((area) => area.label);

describe('navigationFor', () => {
  it.each<[Role, string[]]>([
    [
      'admin',
      [
        'Applicants',
        'Pipeline',
        'Follow-ups',
        'Events',
        'Campaigns',
        'Students',
        'Placements',
        'Feedback',
        'Users',
        'Audit log',
        'My account',
      ],
    ],
    [
      'manager',
      ['Applicants', 'Pipeline', 'Follow-ups', 'Events', 'Campaigns', 'Feedback', 'Users', 'Audit log', 'My account'],
    ],
    ['officer', ['Applicants', 'Pipeline', 'Follow-ups', 'Events', 'Campaigns', 'My account']],
    ['coordinator', ['Students', 'Placements', 'Feedback', 'My account']],
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
        expect(hasPermission(role, area.permission)).toBe(true);
      }
    }
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
