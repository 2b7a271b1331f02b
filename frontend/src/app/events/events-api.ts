import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AddAttendeeRequest,
  API_PREFIX,
  AttendeeDto,
  CreateEventRequest,
  EventDetailDto,
  EventDto,
  EventListQuery,
  Page,
  PageQuery,
  UpdateEventRequest,
} from '@pathway/contracts';
import { map, Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const EVENTS_URL = `${API_PREFIX}/events`;
const eventUrl = (id: string) => `${EVENTS_URL}/${encodeURIComponent(id)}`;
const attendeesUrl = (id: string) => `${eventUrl(id)}/attendees`;

/** The API also takes `allowDuplicate` (create the new person although likely matches exist); the contract lacks it. */
export type AddAttendee = AddAttendeeRequest & { allowDuplicate?: boolean };

@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);

  list(query: EventListQuery): Observable<Page<EventDto>> {
    return this.http.get<Page<EventDto>>(EVENTS_URL, { params: toHttpParams(query) });
  }

  get(id: string): Observable<EventDetailDto> {
    return this.http.get<EventDetailDto>(eventUrl(id));
  }

  create(request: CreateEventRequest): Observable<EventDetailDto> {
    return this.http.post<EventDetailDto>(EVENTS_URL, request);
  }

  /** 409 `stale_version` when someone else saved the event since `version` was read. */
  update(id: string, request: UpdateEventRequest): Observable<EventDetailDto> {
    return this.http.patch<EventDetailDto>(eventUrl(id), request);
  }

  attendees(id: string, query: PageQuery): Observable<Page<AttendeeDto>> {
    return this.http.get<Page<AttendeeDto>>(attendeesUrl(id), { params: toHttpParams(query) });
  }

  /**
   * Adds an existing applicant, or a new one created on the spot. 409 `conflict` when they already attend; 409
   * `duplicate_applicant` with `candidates` when the new person looks like someone already in Pathway.
   */
  addAttendee(id: string, request: AddAttendee): Observable<string> {
    return this.http
      .post<{ applicantId: string }>(attendeesUrl(id), request)
      .pipe(map((response) => response.applicantId));
  }

  /** Answers how many were newly checked in (0 when they already were). */
  checkIn(id: string, applicantId: string): Observable<number> {
    return this.http
      .post<{ checkedIn: number }>(`${attendeesUrl(id)}/${encodeURIComponent(applicantId)}/check-in`, {})
      .pipe(map((response) => response.checkedIn));
  }

  checkInMany(id: string, applicantIds: string[]): Observable<number> {
    return this.http
      .post<{ checkedIn: number }>(`${attendeesUrl(id)}/check-in`, { applicantIds })
      .pipe(map((response) => response.checkedIn));
  }

  removeAttendee(id: string, applicantId: string): Observable<void> {
    return this.http.delete<void>(`${attendeesUrl(id)}/${encodeURIComponent(applicantId)}`);
  }
}
