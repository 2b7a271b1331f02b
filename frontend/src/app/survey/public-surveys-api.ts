import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_PREFIX, PublicSurveyDto, SurveySubmission } from '@pathway/contracts';
import { map, Observable } from 'rxjs';
import { handledByCaller } from '../core/auth/error-handling-context';

const surveyUrl = (token: string) => `${API_PREFIX}/public/surveys/${encodeURIComponent(token)}`;

/**
 * The public survey page's calls, made without signing in. The page explains every failure itself (used, expired or
 * unknown links), so the signed-in app's error announcements are switched off.
 */
@Injectable({ providedIn: 'root' })
export class PublicSurveysApi {
  private readonly http = inject(HttpClient);

  survey(token: string): Observable<PublicSurveyDto> {
    return this.http.get<PublicSurveyDto>(surveyUrl(token), { context: handledByCaller() });
  }

  /** Answers the thank-you message. */
  submit(token: string, submission: SurveySubmission): Observable<string> {
    return this.http
      .post<{ message: string }>(surveyUrl(token), submission, { context: handledByCaller() })
      .pipe(map((response) => response.message));
  }
}
