import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, DashboardDto } from '@pathway/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  /** The signed-in person's headline figures, shaped by their role. */
  load(): Observable<DashboardDto> {
    return this.http.get<DashboardDto>(`${API_PREFIX}/dashboard`);
  }
}
