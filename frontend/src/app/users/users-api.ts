import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, CreateUserRequest, Page, UpdateUserRequest, UserDto, UserListQuery } from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const USERS_URL = `${API_PREFIX}/users`;

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Observable<Page<UserDto>> {
    return this.http.get<Page<UserDto>>(USERS_URL, { params: toHttpParams(query) });
  }

  create(request: CreateUserRequest): Observable<UserDto> {
    return this.http.post<UserDto>(USERS_URL, request);
  }

  update(id: string, request: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(`${USERS_URL}/${encodeURIComponent(id)}`, request);
  }
}
