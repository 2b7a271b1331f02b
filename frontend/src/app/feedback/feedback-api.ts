import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  ConcernDto,
  ConcernListQuery,
  Page,
  PlacementExperienceReport,
  RetentionReport,
  SurveyResponseDto,
  SurveyResponseListQuery,
  SurveyTemplateDto,
  UpdateConcernRequest,
  UpdateSurveyResponseRequest,
} from '@pathway/contracts';
import { Observable, shareReplay } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const RESPONSES_URL = `${API_PREFIX}/survey-responses`;
const CONCERNS_URL = `${API_PREFIX}/concerns`;

export interface StudentReportFilters {
  siteId?: string;
  cohort?: number;
  profession?: string;
}

/** Placement feedback: individual responses and concerns (coordinators), and the aggregate reports (managers too). */
@Injectable({ providedIn: 'root' })
export class FeedbackApi {
  private readonly http = inject(HttpClient);
  // Templates change rarely: fetched once per page load and shared by every response card.
  private readonly templates$ = this.http
    .get<SurveyTemplateDto[]>(`${API_PREFIX}/survey-templates`)
    .pipe(shareReplay(1));

  responses(query: SurveyResponseListQuery): Observable<Page<SurveyResponseDto>> {
    return this.http.get<Page<SurveyResponseDto>>(RESPONSES_URL, { params: toHttpParams(query) });
  }

  updateResponse(id: string, request: UpdateSurveyResponseRequest): Observable<SurveyResponseDto> {
    return this.http.patch<SurveyResponseDto>(`${RESPONSES_URL}/${encodeURIComponent(id)}`, request);
  }

  /** Every version of every template, so that old responses show the questions they answered. */
  templates(): Observable<SurveyTemplateDto[]> {
    return this.templates$;
  }

  concerns(query: ConcernListQuery): Observable<Page<ConcernDto>> {
    return this.http.get<Page<ConcernDto>>(CONCERNS_URL, { params: toHttpParams(query) });
  }

  updateConcern(id: string, request: UpdateConcernRequest): Observable<ConcernDto> {
    return this.http.patch<ConcernDto>(`${CONCERNS_URL}/${encodeURIComponent(id)}`, request);
  }

  retention(filters: Omit<StudentReportFilters, 'siteId'> = {}): Observable<RetentionReport> {
    return this.http.get<RetentionReport>(`${API_PREFIX}/reports/retention`, { params: toHttpParams(filters) });
  }

  placementExperience(filters: StudentReportFilters = {}): Observable<PlacementExperienceReport> {
    return this.http.get<PlacementExperienceReport>(`${API_PREFIX}/reports/placement-experience`, {
      params: toHttpParams(filters),
    });
  }
}
