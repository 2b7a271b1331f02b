import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  AtRiskReport,
  CreateStudentRequest,
  Page,
  StudentDetailDto,
  StudentDto,
  StudentListQuery,
  UpdateStudentRequest,
} from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const STUDENTS_URL = `${API_PREFIX}/students`;

/** Students on AHP courses, their status history, and the coordinators' at-risk list. */
@Injectable({ providedIn: 'root' })
export class StudentsApi {
  private readonly http = inject(HttpClient);

  list(query: StudentListQuery): Observable<Page<StudentDto>> {
    return this.http.get<Page<StudentDto>>(STUDENTS_URL, { params: toHttpParams(query) });
  }

  get(id: string): Observable<StudentDetailDto> {
    return this.http.get<StudentDetailDto>(`${STUDENTS_URL}/${encodeURIComponent(id)}`);
  }

  create(request: CreateStudentRequest): Observable<StudentDetailDto> {
    return this.http.post<StudentDetailDto>(STUDENTS_URL, request);
  }

  update(id: string, request: UpdateStudentRequest): Observable<StudentDetailDto> {
    return this.http.patch<StudentDetailDto>(`${STUDENTS_URL}/${encodeURIComponent(id)}`, request);
  }

  /** Students whose latest answers worried us; named only when they agreed to be contacted. */
  atRisk(query: { cohort?: number; profession?: string } = {}): Observable<AtRiskReport> {
    return this.http.get<AtRiskReport>(`${STUDENTS_URL}/at-risk`, { params: toHttpParams(query) });
  }
}
