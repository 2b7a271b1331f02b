import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, ChangePasswordRequest } from '@pathway/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  /** Ends the person's other sessions; this one stays signed in. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(`${API_PREFIX}/auth/password`, request);
  }
}
