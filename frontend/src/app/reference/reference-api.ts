import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, DirectoryUserDto, ProfessionDto, RegionDto } from '@pathway/contracts';
import { Observable, shareReplay } from 'rxjs';

/**
 * Reference data that changes rarely: professions, regions and the user directory. Each is fetched once per page
 * load and shared; a failed fetch is not kept, so the next subscriber tries again.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceApi {
  private readonly http = inject(HttpClient);

  private readonly professions$ = this.http.get<ProfessionDto[]>(`${API_PREFIX}/professions`).pipe(shareReplay(1));
  private readonly regions$ = this.http.get<RegionDto[]>(`${API_PREFIX}/regions`).pipe(shareReplay(1));
  private readonly directory$ = this.http.get<DirectoryUserDto[]>(`${API_PREFIX}/users/directory`).pipe(shareReplay(1));

  professions(): Observable<ProfessionDto[]> {
    return this.professions$;
  }

  regions(): Observable<RegionDto[]> {
    return this.regions$;
  }

  directory(): Observable<DirectoryUserDto[]> {
    return this.directory$;
  }
}
