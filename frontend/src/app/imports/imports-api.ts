import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  ImportKind,
  ImportMapping,
  ImportPreviewDto,
  ImportReportDto,
  ImportSummaryDto,
  ImportUndoDto,
} from '@pathway/contracts';
import { Observable } from 'rxjs';
import { ImportDefaults, ImportTarget } from './import-kinds';

const IMPORTS_URL = `${API_PREFIX}/imports`;
const importUrl = (id: string) => `${IMPORTS_URL}/${encodeURIComponent(id)}`;

/** What an import sends: where to (its kind, and an attendee import's event), the file, its mapping and defaults. */
export interface ImportRequest {
  target: ImportTarget;
  file: File;
  mapping: ImportMapping;
  defaults: ImportDefaults;
}

@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  /** The file's headers, the guessed mapping and its first rows; nothing is stored. */
  preview(kind: ImportKind, file: File): Observable<ImportPreviewDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportPreviewDto>(`${IMPORTS_URL}/${kind}/preview`, body);
  }

  /** A dry run: what the import would do, with every rejected row, writing nothing. */
  check(request: ImportRequest): Observable<ImportReportDto> {
    return this.http.post<ImportReportDto>(`${IMPORTS_URL}/${request.target.kind}`, importForm(request), {
      params: importParams(request.target, true),
    });
  }

  /** The import itself, as upload progress events and then the report. */
  run(request: ImportRequest): Observable<HttpEvent<ImportReportDto>> {
    return this.http.post<ImportReportDto>(`${IMPORTS_URL}/${request.target.kind}`, importForm(request), {
      params: importParams(request.target, false),
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

function importParams({ kind, eventId }: ImportTarget, dryRun: boolean): Record<string, string> {
  return { ...(kind === 'attendees' && eventId ? { eventId } : {}), dryRun: String(dryRun) };
}

function importForm({ file, mapping, defaults }: ImportRequest): FormData {
  const body = new FormData();
  body.append('file', file, file.name);
  body.append('mapping', JSON.stringify(mapping));
  body.append('defaults', JSON.stringify(defaults));
  return body;
}
