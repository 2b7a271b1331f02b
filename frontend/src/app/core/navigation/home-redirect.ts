import { inject } from '@angular/core';
import { RedirectFunction, Router } from '@angular/router';
import { Permission } from '@pathway/contracts';
import { AuthStore } from '../auth/auth-store';
import { navigationFor } from './navigation';

/** Every role has its own account page, so it is the home page of last resort. */
const FALLBACK_HOME = '/account';

export function homePath(permissions: readonly Permission[]): string {
  const first = navigationFor(permissions)[0];
  return first ? `/${first.path}` : FALLBACK_HOME;
}

/** The route `''` sends each person to the first area their role may use. */
export const homeRedirect: RedirectFunction = () => {
  const auth = inject(AuthStore);
  const user = auth.user();
  return user ? homePath(user.permissions) : inject(Router).createUrlTree(['/login']);
};
