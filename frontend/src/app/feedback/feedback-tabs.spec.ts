import { Role, ROLE_PERMISSIONS } from '@pathway/contracts';
import { feedbackTabsFor } from './feedback-tabs';

const tabsOf = (role: Role) => feedbackTabsFor(ROLE_PERMISSIONS[role]).map((tab) => tab.label);

describe('feedbackTabsFor', () => {
  it('gives coordinators and admins the individual responses and concerns', () => {
    expect(tabsOf('coordinator')).toEqual(['Review queue', 'Concerns', 'Site dashboard', 'Retention']);
    expect(tabsOf('admin')).toEqual(['Review queue', 'Concerns', 'Site dashboard', 'Retention']);
  });

  it('gives managers the aggregate dashboards only', () => {
    expect(tabsOf('manager')).toEqual(['Site dashboard', 'Retention']);
  });

  it('gives officers nothing', () => {
    expect(tabsOf('officer')).toEqual([]);
  });
});
