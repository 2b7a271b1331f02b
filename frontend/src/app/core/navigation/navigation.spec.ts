import { hasPermission, Permission, Role, ROLE_PERMISSIONS, ROLES } from '@pathway/contracts';
import { NAVIGATION_AREAS, NavigationArea, navigationFor } from './navigation';

const labelsFor = (role: Role) => navigationFor(ROLE_PERMISSIONS[role]).map((area) => area.label);

describe('navigationFor', () => {
  it.each<[Role, string[]]>([
    ['admin', ['Users', 'Audit log', 'My account']],
    ['manager', ['Users', 'Audit log', 'My account']],
    ['officer', ['My account']],
    ['coordinator', ['My account']],
  ])('shows %s exactly %j', (role, labels) => {
    expect(labelsFor(role)).toEqual(labels);
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
