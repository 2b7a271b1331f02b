import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, LoginRequest, LoginResponse, SessionUser } from '@pathway/contracts';
import { Observable } from 'rxjs';
import { handledByCaller } from './error-handling-context';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(request: LoginRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(`${API_PREFIX}/auth/login`, request, { context: handledByCaller() });
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${API_PREFIX}/auth/logout`, null, { context: handledByCaller() });
  }

  me(): Observable<SessionUser> {
    return this.http.get<SessionUser>(`${API_PREFIX}/auth/me`, { context: handledByCaller() });
  }
}
