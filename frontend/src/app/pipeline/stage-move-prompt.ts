import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Stage } from '@pathway/contracts';
import { classifyMove } from '@pathway/domain';
import { map, Observable, of } from 'rxjs';
import { ReferenceStore } from '../reference/reference-store';
import { StageMoveDetails, StageReasonDialog, StageReasonDialogData } from './stage-reason-dialog';

/** What a person answered about a move: go ahead (with what the move needs, if anything), or cancel (`null`). */
export type MoveAnswer = { reason?: string; profession?: string } | null;

/** Backward moves need a free-text reason and closing needs a close reason; forward moves and reopening need none. */
export function needsReason(from: Stage, to: Stage): boolean {
  const kind = classifyMove(from, to);
  return kind === 'backward' || kind === 'close';
}

/** Reaching `enrolled` creates the student record, which needs the one profession they enrolled on. */
export function needsProfession(to: Stage, professionsOfInterest: readonly string[]): boolean {
  return to === 'enrolled' && professionsOfInterest.length > 1;
}

/** Asks what a stage move needs before it is sent; shared by the applicant page and the board. */
@Injectable({ providedIn: 'root' })
export class StageMovePrompt {
  private readonly dialog = inject(MatDialog);
  private readonly reference = inject(ReferenceStore);

  confirm(name: string, from: Stage, to: Stage, professionsOfInterest: readonly string[] = []): Observable<MoveAnswer> {
    const enrolling = needsProfession(to, professionsOfInterest);
    if (!enrolling && !needsReason(from, to)) {
      return of({});
    }
    const data: StageReasonDialogData = {
      name,
      from,
      to,
      ...(enrolling ? { professions: this.reference.professionNames(professionsOfInterest) } : {}),
    };
    return this.dialog
      .open<StageReasonDialog, StageReasonDialogData, StageMoveDetails>(StageReasonDialog, {
        data,
        width: '460px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(map((details) => details ?? null));
  }
}
