import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, ConversationLoggedDto, CreateConversationRequest } from '@pathway/contracts';
import { Observable } from 'rxjs';

const applicantConversationsUrl = (applicantId: string) =>
  `${API_PREFIX}/applicants/${encodeURIComponent(applicantId)}/conversations`;

@Injectable({ providedIn: 'root' })
export class ConversationsApi {
  private readonly http = inject(HttpClient);

  /** Logs a conversation; the answer says whether it also moved the person on or planned a follow-up. */
  log(applicantId: string, request: CreateConversationRequest): Observable<ConversationLoggedDto> {
    return this.http.post<ConversationLoggedDto>(applicantConversationsUrl(applicantId), request);
  }
}
