import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  CalendarFeedDto,
  CreateFollowUpRequest,
  FollowUpDto,
  FollowUpListQuery,
  FollowUpSummaryDto,
  Page,
  UpdateFollowUpRequest,
} from '@pathway/contracts';
import { Observable } from 'rxjs';
import { handledByCaller } from '../core/auth/error-handling-context';
import { toHttpParams } from '../core/http/http-params';

const FOLLOW_UPS_URL = `${API_PREFIX}/follow-ups`;

@Injectable({ providedIn: 'root' })
export class FollowUpsApi {
  private readonly http = inject(HttpClient);

  /** Soonest first; `due` implies open ones only. */
  list(query: FollowUpListQuery): Observable<Page<FollowUpDto>> {
    return this.http.get<Page<FollowUpDto>>(FOLLOW_UPS_URL, { params: toHttpParams(query) });
  }

  /**
   * Open follow-ups per due bucket: `me` (the default), a user id, or `all` (managers and admins). A `quiet` call
   * (the navigation badge, on every page) leaves failures to its caller instead of announcing them.
   */
  summary(assignee = 'me', quiet = false): Observable<FollowUpSummaryDto> {
    return this.http.get<FollowUpSummaryDto>(`${FOLLOW_UPS_URL}/summary`, {
      params: toHttpParams({ assignee }),
      ...(quiet ? { context: handledByCaller() } : {}),
    });
  }

  /** 409 `do_not_contact` for a contact type once the person has withdrawn consent. */
  create(request: CreateFollowUpRequest): Observable<FollowUpDto> {
    return this.http.post<FollowUpDto>(FOLLOW_UPS_URL, request);
  }

  /** Reschedule, reassign, complete (`status: done` + `outcome`) or cancel; 409 `stale_version` when out of date. */
  update(id: string, request: UpdateFollowUpRequest): Observable<FollowUpDto> {
    return this.http.patch<FollowUpDto>(`${FOLLOW_UPS_URL}/${encodeURIComponent(id)}`, request);
  }

  /** The caller's open follow-ups as an iCalendar file (fetched with the sign-in token, so not a plain link). */
  calendarFile(): Observable<Blob> {
    return this.http.get(`${FOLLOW_UPS_URL}/calendar.ics`, { responseType: 'blob' });
  }

  /** A new secret address for calendar apps; any earlier one stops working. */
  createCalendarFeed(): Observable<CalendarFeedDto> {
    return this.http.post<CalendarFeedDto>(`${FOLLOW_UPS_URL}/calendar-feed`, {});
  }

  stopCalendarFeed(): Observable<void> {
    return this.http.delete<void>(`${FOLLOW_UPS_URL}/calendar-feed`);
  }
}
