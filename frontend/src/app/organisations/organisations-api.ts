import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, CreateOrganisationRequest, OrganisationDto, OrganisationListQuery, Page } from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const ORGANISATIONS_URL = `${API_PREFIX}/organisations`;

@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(query: OrganisationListQuery): Observable<Page<OrganisationDto>> {
    return this.http.get<Page<OrganisationDto>>(ORGANISATIONS_URL, { params: toHttpParams(query) });
  }

  /** Answers the existing organisation when one with the same name and kind is already there. */
  create(request: CreateOrganisationRequest): Observable<OrganisationDto> {
    return this.http.post<OrganisationDto>(ORGANISATIONS_URL, request);
  }
}
