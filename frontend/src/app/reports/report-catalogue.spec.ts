import { Permission, ROLE_PERMISSIONS } from '@pathway/contracts';
import { reportsFor } from './report-catalogue';

const pathsFor = (role: keyof typeof ROLE_PERMISSIONS) =>
  reportsFor((permission: Permission) => ROLE_PERMISSIONS[role].includes(permission)).map((report) => report.path);

describe('reportsFor', () => {
  it('shows each role the reports the permissions table gives it', () => {
    expect(pathsFor('officer')).toEqual(['funnel', 'serious-conversations', 'reach']);
    expect(pathsFor('coordinator')).toEqual(['retention', 'placement-experience']);
    const all = ['funnel', 'serious-conversations', 'reach', 'retention', 'placement-experience'];
    expect(pathsFor('manager')).toEqual(all);
    expect(pathsFor('admin')).toEqual(all);
  });
});
