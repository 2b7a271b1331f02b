import { removesLastActiveAdmin } from './last-admin';

describe('removesLastActiveAdmin', () => {
  const activeAdmin = { currentRole: 'admin', currentlyActive: true } as const;

  it('refuses to demote the only active admin', () => {
    expect(removesLastActiveAdmin({ ...activeAdmin, nextRole: 'manager', nextActive: true }, 1)).toBe(true);
  });

  it('refuses to deactivate the only active admin', () => {
    expect(removesLastActiveAdmin({ ...activeAdmin, nextRole: 'admin', nextActive: false }, 1)).toBe(true);
  });

  it('allows it when another active admin remains', () => {
    expect(removesLastActiveAdmin({ ...activeAdmin, nextRole: 'officer', nextActive: false }, 2)).toBe(false);
  });

  it('allows renaming the only admin', () => {
    expect(removesLastActiveAdmin({ ...activeAdmin, nextRole: 'admin', nextActive: true }, 1)).toBe(false);
  });

  it('ignores users who are not active admins', () => {
    expect(
      removesLastActiveAdmin({ currentRole: 'admin', currentlyActive: false, nextRole: 'officer', nextActive: false }, 1),
    ).toBe(false);
    expect(
      removesLastActiveAdmin({ currentRole: 'manager', currentlyActive: true, nextRole: 'officer', nextActive: false }, 1),
    ).toBe(false);
  });
});
