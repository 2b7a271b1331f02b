import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, AuditEntryDto, AuditQuery, Page } from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<Page<AuditEntryDto>> {
    return this.http.get<Page<AuditEntryDto>>(`${API_PREFIX}/audit`, { params: toHttpParams(query) });
  }
}
