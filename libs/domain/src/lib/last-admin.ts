import { Role } from '@pathway/contracts';

export interface AdminChange {
  currentRole: Role;
  currentlyActive: boolean;
  nextRole: Role;
  nextActive: boolean;
}

/**
 * True when a change to one user would leave no active admin, so nobody could manage users any more.
 * `activeAdminCount` includes the user being changed.
 */
export function removesLastActiveAdmin(change: AdminChange, activeAdminCount: number): boolean {
  const isActiveAdminNow = change.currentRole === 'admin' && change.currentlyActive;
  const staysActiveAdmin = change.nextRole === 'admin' && change.nextActive;
  return isActiveAdminNow && !staysActiveAdmin && activeAdminCount <= 1;
}
