import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  CampaignDetailDto,
  CampaignDto,
  CampaignListQuery,
  CreateCampaignRequest,
  Page,
  UpdateCampaignRequest,
} from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const CAMPAIGNS_URL = `${API_PREFIX}/campaigns`;
const campaignUrl = (id: string) => `${CAMPAIGNS_URL}/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class CampaignsApi {
  private readonly http = inject(HttpClient);

  list(query: CampaignListQuery): Observable<Page<CampaignDto>> {
    return this.http.get<Page<CampaignDto>>(CAMPAIGNS_URL, { params: toHttpParams(query) });
  }

  get(id: string): Observable<CampaignDetailDto> {
    return this.http.get<CampaignDetailDto>(campaignUrl(id));
  }

  create(request: CreateCampaignRequest): Observable<CampaignDetailDto> {
    return this.http.post<CampaignDetailDto>(CAMPAIGNS_URL, request);
  }

  /** 409 `stale_version` when someone else saved the campaign since `version` was read. */
  update(id: string, request: UpdateCampaignRequest): Observable<CampaignDetailDto> {
    return this.http.patch<CampaignDetailDto>(campaignUrl(id), request);
  }
}
