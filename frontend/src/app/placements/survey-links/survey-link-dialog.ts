import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { PlacementDto, SurveyInvitationDto } from '@pathway/contracts';
import { errorMessage, hasErrorCode } from '../../core/api-error';
import { DateTimePipe } from '../../core/format/date-time.pipe';
import { QrCode } from '../../events/qr/qr-code';
import { PlacementsApi } from '../placements-api';
import { SurveyLink } from './survey-link';

type LinkState =
  | { kind: 'confirm' }
  | { kind: 'creating' }
  | { kind: 'ready'; invitation: SurveyInvitationDto }
  | { kind: 'answered' }
  | { kind: 'failed'; message: string };

/**
 * Creates a placement's single-use survey link and shows it to pass on: copy it into a message, or let the student
 * scan the QR code. A placement that already has a link asks first, because the new link replaces the old one.
 */
@Component({
  selector: 'pw-survey-link-dialog',
  imports: [MatDialogModule, MatButtonModule, MatProgressBarModule, DateTimePipe, QrCode, SurveyLink],
  templateUrl: './survey-link-dialog.html',
  styles: `
    .lead {
      margin: 0 0 16px;
    }
    .qr {
      --pw-qr-size: 180px;
      display: block;
      margin: 16px auto 0;
    }
    .expiry {
      margin: 12px 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyLinkDialog implements OnInit {
  protected readonly placement = inject<PlacementDto>(MAT_DIALOG_DATA);
  private readonly api = inject(PlacementsApi);
  protected readonly state = signal<LinkState>({ kind: 'confirm' });

  ngOnInit(): void {
    if (this.placement.surveyStatus !== 'invited') {
      this.create();
    }
  }

  protected create(): void {
    this.state.set({ kind: 'creating' });
    this.api.inviteToSurvey(this.placement.id).subscribe({
      next: (invitation) => this.state.set({ kind: 'ready', invitation }),
      error: (error: unknown) =>
        this.state.set(
          hasErrorCode(error, 'already_submitted')
            ? { kind: 'answered' }
            : { kind: 'failed', message: errorMessage(error) },
        ),
    });
  }
}
