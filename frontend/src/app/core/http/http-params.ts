import { HttpParams } from '@angular/common/http';

/** Query parameters from a query object, leaving out fields that are unset or empty. */
export function toHttpParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
