import { HttpContext, HttpContextToken } from '@angular/common/http';

/** Set on requests whose caller handles every failure itself (sign-in, sign-out, restoring the session). */
export const SKIP_GLOBAL_ERROR_HANDLING = new HttpContextToken<boolean>(() => false);

export function handledByCaller(): HttpContext {
  return new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
}
