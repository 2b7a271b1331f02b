import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  BulkInvitationRequest,
  BulkInvitationResponse,
  CreatePlacementRequest,
  CreatePlacementSiteRequest,
  Page,
  PageQuery,
  PlacementDto,
  PlacementListQuery,
  PlacementSiteDto,
  SurveyInvitationDto,
} from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const SITES_URL = `${API_PREFIX}/placement-sites`;
const PLACEMENTS_URL = `${API_PREFIX}/placements`;

export interface SiteListQuery extends PageQuery {
  search?: string;
}

/** Placement sites, placements, and the single-use survey links sent at the end of each placement. */
@Injectable({ providedIn: 'root' })
export class PlacementsApi {
  private readonly http = inject(HttpClient);

  sites(query: SiteListQuery): Observable<Page<PlacementSiteDto>> {
    return this.http.get<Page<PlacementSiteDto>>(SITES_URL, { params: toHttpParams(query) });
  }

  createSite(request: CreatePlacementSiteRequest): Observable<PlacementSiteDto> {
    return this.http.post<PlacementSiteDto>(SITES_URL, request);
  }

  list(query: PlacementListQuery): Observable<Page<PlacementDto>> {
    return this.http.get<Page<PlacementDto>>(PLACEMENTS_URL, { params: toHttpParams(query) });
  }

  create(request: CreatePlacementRequest): Observable<PlacementDto> {
    return this.http.post<PlacementDto>(PLACEMENTS_URL, request);
  }

  /** A new link for one placement; an earlier unanswered link for it stops working. */
  inviteToSurvey(placementId: string): Observable<SurveyInvitationDto> {
    return this.http.post<SurveyInvitationDto>(
      `${PLACEMENTS_URL}/${encodeURIComponent(placementId)}/survey-invitation`,
      {},
    );
  }

  /** Links for every unanswered placement ending in a date range. */
  inviteEnding(request: BulkInvitationRequest): Observable<BulkInvitationResponse> {
    return this.http.post<BulkInvitationResponse>(`${API_PREFIX}/survey-invitations/bulk`, request);
  }
}
