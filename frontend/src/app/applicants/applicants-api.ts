import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  ApplicantDto,
  ApplicantListQuery,
  ApplicantSummaryDto,
  ApplicantTimelineDto,
  BulkApplicantRequest,
  BulkApplicantResponse,
  ConsentChangeDto,
  CreateApplicantRequest,
  DuplicatePairDto,
  ErasureResultDto,
  MergeApplicantsRequest,
  Page,
  RetentionReviewDto,
  RetentionRunDto,
  StageMoveRequest,
  UpdateApplicantRequest,
  WideningParticipation,
} from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const APPLICANTS_URL = `${API_PREFIX}/applicants`;
const applicantUrl = (id: string) => `${APPLICANTS_URL}/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class ApplicantsApi {
  private readonly http = inject(HttpClient);

  list(query: ApplicantListQuery): Observable<Page<ApplicantSummaryDto>> {
    return this.http.get<Page<ApplicantSummaryDto>>(APPLICANTS_URL, { params: toHttpParams(query) });
  }

  get(id: string): Observable<ApplicantDto> {
    return this.http.get<ApplicantDto>(applicantUrl(id));
  }

  /** Every consent decision, oldest first. */
  consentHistory(id: string): Observable<ConsentChangeDto[]> {
    return this.http.get<ConsentChangeDto[]>(`${applicantUrl(id)}/consent-history`);
  }

  /** Applicants past the retention period, for review. */
  retention(): Observable<RetentionReviewDto> {
    return this.http.get<RetentionReviewDto>(`${API_PREFIX}/privacy/retention`);
  }

  /** Erases everyone past the retention period (a dry run only counts them). */
  runRetention(dryRun: boolean): Observable<RetentionRunDto> {
    return this.http.post<RetentionRunDto>(`${API_PREFIX}/privacy/retention/run`, {}, { params: { dryRun } });
  }

  /** Pairs of records that look like one person. */
  duplicates(): Observable<DuplicatePairDto[]> {
    return this.http.get<DuplicatePairDto[]>(`${APPLICANTS_URL}/duplicates`);
  }

  /** Everything of `mergeId` moves to `keepId`, then `mergeId` is removed. */
  merge(request: MergeApplicantsRequest): Observable<ApplicantDto> {
    return this.http.post<ApplicantDto>(`${APPLICANTS_URL}/merge`, request);
  }

  /** Everything held about the person (a subject access request), as a JSON or CSV file. */
  exportFile(id: string, format: 'json' | 'csv'): Observable<Blob> {
    return this.http.get(`${applicantUrl(id)}/export`, { params: { format }, responseType: 'blob' });
  }

  /** Replaces their personal data with a marker; the anonymous facts stay for the figures. 409 if already erased. */
  erase(id: string): Observable<ErasureResultDto> {
    return this.http.post<ErasureResultDto>(`${applicantUrl(id)}/erase`, {});
  }

  /** 409 `duplicate_applicant` with `candidates` unless `allowDuplicate` is set. */
  create(request: CreateApplicantRequest): Observable<ApplicantDto> {
    return this.http.post<ApplicantDto>(APPLICANTS_URL, request);
  }

  update(id: string, request: UpdateApplicantRequest): Observable<ApplicantDto> {
    return this.http.patch<ApplicantDto>(applicantUrl(id), request);
  }

  archive(id: string): Observable<void> {
    return this.http.delete<void>(applicantUrl(id));
  }

  restore(id: string): Observable<ApplicantDto> {
    return this.http.post<ApplicantDto>(`${applicantUrl(id)}/restore`, {});
  }

  bulk(request: BulkApplicantRequest): Observable<BulkApplicantResponse> {
    return this.http.post<BulkApplicantResponse>(`${APPLICANTS_URL}/bulk`, request);
  }

  timeline(id: string): Observable<ApplicantTimelineDto> {
    return this.http.get<ApplicantTimelineDto>(`${applicantUrl(id)}/timeline`);
  }

  /** Special-category data: the server records every read, so call this only when someone asks to see it. */
  wideningParticipation(id: string): Observable<WideningParticipation> {
    return this.http.get<WideningParticipation>(`${applicantUrl(id)}/widening-participation`);
  }

  moveStage(id: string, request: StageMoveRequest): Observable<ApplicantDto> {
    return this.http.post<ApplicantDto>(`${applicantUrl(id)}/stage`, request);
  }
}
