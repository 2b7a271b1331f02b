import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { errorMessage } from '../api-error';
import { AuthStore } from './auth-store';
import { SKIP_GLOBAL_ERROR_HANDLING } from './error-handling-context';

/** Forms show 400s and 409s beside the fields they concern; everything else is announced here. */
const HANDLED_BY_FORMS = new Set([400, 409]);

export const errorInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const snackBar = inject(MatSnackBar);

  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !request.context.get(SKIP_GLOBAL_ERROR_HANDLING)) {
        if (error.status === 401) {
          const hadSession = auth.signedIn();
          auth.clear();
          if (!router.url.startsWith('/login')) {
            void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
          }
          if (hadSession) {
            snackBar.open('Your session has ended. Please sign in again.', 'Dismiss', { duration: 8000 });
          }
        } else if (!HANDLED_BY_FORMS.has(error.status)) {
          snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
        }
      }
      return throwError(() => error);
    }),
  );
};
