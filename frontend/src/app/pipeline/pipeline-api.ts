import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_PREFIX,
  BoardCardDto,
  BoardColumnPageDto,
  BoardDto,
  BoardMoveRequest,
  BoardQuery,
  Stage,
} from '@pathway/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/http/http-params';

const BOARD_URL = `${API_PREFIX}/pipeline/board`;

@Injectable({ providedIn: 'root' })
export class PipelineApi {
  private readonly http = inject(HttpClient);

  /** Every column's total and first page of cards. */
  board(query: BoardQuery): Observable<BoardDto> {
    return this.http.get<BoardDto>(BOARD_URL, { params: toHttpParams(query) });
  }

  /** The page of a column after `cursor` (the column's `nextCursor`). */
  column(stage: Stage, cursor: string, query: BoardQuery): Observable<BoardColumnPageDto> {
    return this.http.get<BoardColumnPageDto>(`${BOARD_URL}/${encodeURIComponent(stage)}`, {
      params: toHttpParams({ ...query, cursor }),
    });
  }

  move(request: BoardMoveRequest): Observable<BoardCardDto> {
    return this.http.post<BoardCardDto>(`${API_PREFIX}/pipeline/move`, request);
  }
}
