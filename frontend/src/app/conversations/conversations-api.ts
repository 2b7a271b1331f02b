import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  ConversationDto,
  ConversationLoggedDto,
  CreateConversationRequest,
  UpdateConversationRequest,
} from '@pathway/contracts';
import { Observable } from 'rxjs';

const conversationUrl = (id: string) => `${API_PREFIX}/conversations/${encodeURIComponent(id)}`;
const applicantConversationsUrl = (applicantId: string) =>
  `${API_PREFIX}/applicants/${encodeURIComponent(applicantId)}/conversations`;

@Injectable({ providedIn: 'root' })
export class ConversationsApi {
  private readonly http = inject(HttpClient);

  /** Logs a conversation; the answer says whether it also moved the person on or planned a follow-up. */
  log(applicantId: string, request: CreateConversationRequest): Observable<ConversationLoggedDto> {
    return this.http.post<ConversationLoggedDto>(applicantConversationsUrl(applicantId), request);
  }

  get(id: string): Observable<ConversationDto> {
    return this.http.get<ConversationDto>(conversationUrl(id));
  }

  /** A correction: `reason` is needed once it counts as serious; 409 `stale_version` when someone else changed it. */
  update(id: string, request: UpdateConversationRequest): Observable<ConversationLoggedDto> {
    return this.http.patch<ConversationLoggedDto>(conversationUrl(id), request);
  }

  /** Only for a conversation that does not count as serious (409 otherwise). */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(conversationUrl(id));
  }
}
