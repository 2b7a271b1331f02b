import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  FunnelReport,
  PlacementExperienceReport,
  ReachReport,
  RetentionReport,
  SeriousConversationsReport,
} from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

/** The reports the API serves, each as JSON or (the same figures) as a CSV file. */
export type ReportName = 'funnel' | 'serious-conversations' | 'reach' | 'retention' | 'placement-experience';

export interface ReportBodies {
  funnel: FunnelReport;
  'serious-conversations': SeriousConversationsReport;
  reach: ReachReport;
  retention: RetentionReport;
  'placement-experience': PlacementExperienceReport;
}

/** A report query as the API takes it: only the filters that are set. */
export type ReportParams = Record<string, string>;

const reportUrl = (name: ReportName) => `${API_PREFIX}/reports/${name}`;

@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  report<N extends ReportName>(name: N, params: ReportParams): Observable<ReportBodies[N]> {
    return this.http.get<ReportBodies[N]>(reportUrl(name), { params: toHttpParams(params) });
  }

  /** The same report as a CSV file, fetched with the sign-in token. */
  csv(name: ReportName, params: ReportParams): Observable<Blob> {
    return this.http.get(reportUrl(name), {
      params: toHttpParams({ ...params, format: 'csv' }),
      responseType: 'blob',
    });
  }
}
