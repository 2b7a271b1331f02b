import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Permission } from '@pathway/contracts';
import { AuthStore } from './auth-store';

/** Signed-in people only; others go to the sign-in page and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthStore).signedIn()) {
    return true;
  }
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The sign-in page is for signed-out people; a signed-in person goes to their home page. */
export const guestGuard: CanActivateFn = () =>
  inject(AuthStore).signedIn() ? inject(Router).createUrlTree(['/']) : true;

/** Reads the permission a route needs from `data.permission`; without it the person goes to their home page. */
export const permissionGuard: CanActivateFn = (route) => {
  const permission = route.data['permission'] as Permission | undefined;
  if (permission && inject(AuthStore).can(permission)) {
    return true;
  }
  return inject(Router).createUrlTree(['/']);
};
