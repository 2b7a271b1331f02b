import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, PublicEventDto, PublicRegistrationRequest, PublicRegistrationResponse } from '@pathway/contracts';
import { map, Observable } from 'rxjs';
import { handledByCaller } from '../core/auth/error-handling-context';

const publicEventUrl = (slug: string) => `${API_PREFIX}/public/events/${encodeURIComponent(slug)}`;

/**
 * The sign-up page's calls, made without signing in. The page explains every failure in its own words, so the
 * signed-in app's error announcements are switched off.
 */
@Injectable({ providedIn: 'root' })
export class PublicEventsApi {
  private readonly http = inject(HttpClient);

  event(slug: string): Observable<PublicEventDto> {
    return this.http.get<PublicEventDto>(publicEventUrl(slug), { context: handledByCaller() });
  }

  /** Answers the thank-you message; the same for a new person and someone already known. */
  register(slug: string, request: PublicRegistrationRequest): Observable<string> {
    return this.http
      .post<PublicRegistrationResponse>(`${publicEventUrl(slug)}/register`, request, { context: handledByCaller() })
      .pipe(map((response) => response.message));
  }
}
