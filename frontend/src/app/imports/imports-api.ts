import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  ApplicantImportDefaults,
  ImportMapping,
  ImportPreviewDto,
  ImportReportDto,
  ImportSummaryDto,
  ImportUndoDto,
} from '@pathway/contracts';
import { Observable } from 'rxjs';

const IMPORTS_URL = `${API_PREFIX}/imports`;
const importUrl = (id: string) => `${IMPORTS_URL}/${encodeURIComponent(id)}`;

/** What an import of applicants sends besides the file. */
export interface ApplicantImportRequest {
  file: File;
  mapping: ImportMapping;
  defaults: ApplicantImportDefaults;
}

@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  /** The file's headers, the guessed mapping and its first rows; nothing is stored. */
  preview(file: File): Observable<ImportPreviewDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportPreviewDto>(`${IMPORTS_URL}/applicants/preview`, body);
  }

  /** A dry run: what the import would do, with every rejected row, writing nothing. */
  check(request: ApplicantImportRequest): Observable<ImportReportDto> {
    return this.http.post<ImportReportDto>(`${IMPORTS_URL}/applicants`, importForm(request), {
      params: { dryRun: 'true' },
    });
  }

  /** The import itself, as upload progress events and then the report. */
  run(request: ApplicantImportRequest): Observable<HttpEvent<ImportReportDto>> {
    return this.http.post<ImportReportDto>(`${IMPORTS_URL}/applicants`, importForm(request), {
      params: { dryRun: 'false' },
      observe: 'events',
      reportProgress: true,
    });
  }

  recent(): Observable<ImportSummaryDto[]> {
    return this.http.get<ImportSummaryDto[]>(IMPORTS_URL);
  }

  /** The rows an import turned away, as they were plus an errors column, fetched with the sign-in token. */
  rejectedRows(id: string): Observable<Blob> {
    return this.http.get(`${importUrl(id)}/rejected.csv`, { responseType: 'blob' });
  }

  undo(id: string): Observable<ImportUndoDto> {
    return this.http.post<ImportUndoDto>(`${importUrl(id)}/undo`, {});
  }
}

function importForm({ file, mapping, defaults }: ApplicantImportRequest): FormData {
  const body = new FormData();
  body.append('file', file, file.name);
  body.append('mapping', JSON.stringify(mapping));
  body.append('defaults', JSON.stringify(defaults));
  return body;
}
