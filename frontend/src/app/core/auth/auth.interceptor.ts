import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { AuthStore } from './auth-store';

/** Adds the bearer token to Pathway's own API calls, never to other hosts. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const token = inject(AuthStore).token();
  if (!token || !isPathwayApi(request.url)) {
    return next(request);
  }
  return next(request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }));
};

function isPathwayApi(url: string): boolean {
  const path = url.startsWith(location.origin) ? url.slice(location.origin.length) : url;
  return path.startsWith('/api/');
}
