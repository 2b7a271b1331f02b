import { ChangeDetectionStrategy, Component, computed, effect, inject, input, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { Permission, Stage, TimelineConversation } from '@pathway/contracts';
import { filter, switchMap } from 'rxjs';
import { errorMessage, isForCallerToExplain } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { ConversationsApi } from '../../conversations/conversations-api';
import { openLogConversationDialog } from '../../conversations/log-conversation-dialog';
import { ConfirmDialog, ConfirmDialogData } from '../../core/confirm-dialog/confirm-dialog';
import { DateTimePipe } from '../../core/format/date-time.pipe';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { ApplicantFollowUps } from '../../follow-ups/applicant-follow-ups';
import { StageChip } from '../../pipeline/stage-chip';
import { ApplicantDetailStore, movedMessage } from './applicant-detail-store';
import { ApplicantProfile } from './applicant-profile';
import { ApplicantTimeline } from './applicant-timeline';
import { PrivacyMenu } from './privacy-menu';
import { StageMoveMenu } from './stage-move-menu';
import { StageTrack } from './stage-track';
import { WideningParticipationCard } from './widening-participation-card';

/** One applicant: where they are in the pipeline, what is on record, and what has happened. */
@Component({
  selector: 'pw-applicant-detail',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    DateTimePipe,
    StageChip,
    StageTrack,
    StageMoveMenu,
    ApplicantProfile,
    ApplicantTimeline,
    WideningParticipationCard,
    ApplicantFollowUps,
    PrivacyMenu,
  ],
  providers: [ApplicantDetailStore],
  templateUrl: './applicant-detail.html',
  styleUrl: './applicant-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantDetail {
  /** The applicant's id, from the route. */
  readonly id = input.required<string>();

  protected readonly store = inject(ApplicantDetailStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly conversations = inject(ConversationsApi);

  protected readonly applicant = this.store.applicant;
  protected readonly canWrite = computed(() => this.auth.can(Permission.ApplicantsWrite));
  protected readonly canSeeWideningParticipation = computed(() => this.auth.can(Permission.SpecialCategoryRead));
  /** Withdrawn consent: contact-type follow-ups are refused (no consent at all is shown, but not refused). */
  protected readonly consentWithdrawn = computed(() => !!this.applicant()?.consent.withdrawnAt);
  private readonly followUps = viewChild(ApplicantFollowUps);
  /** Officers correct their own conversations; managers and admins any (the API checks too). */
  protected readonly mayCorrect = (conversation: TimelineConversation): boolean => {
    const user = this.auth.user();
    return (
      !this.applicant()?.archivedAt &&
      this.auth.can(Permission.ConversationsEdit) &&
      (user?.role !== 'officer' || conversation.officerId === user.id)
    );
  };

  constructor() {
    effect(() => this.store.load(this.id()));
    effect(() => {
      const name = this.store.name();
      if (name) {
        this.title.setTitle(`${name} · ${PRODUCT_NAME}`);
      }
    });
  }

  protected move(stage: Stage): void {
    this.store.moveTo(stage).subscribe({
      next: (saved) => this.snackBar.open(movedMessage(saved.stage), 'Dismiss', { duration: 4000 }),
      error: (error: unknown) => this.explain(error),
    });
  }

  protected logConversation(): void {
    const applicant = this.applicant();
    if (!applicant) {
      return;
    }
    openLogConversationDialog(this.dialog, {
      applicantId: applicant.id,
      applicantName: this.store.name(),
      doNotContact: this.consentWithdrawn(),
    }).subscribe((logged) => {
      if (logged) {
        // The stage may have moved and a follow-up been planned: show both.
        this.store.reload();
        this.followUps()?.reload();
      }
    });
  }

  protected correctConversation(id: string): void {
    const applicant = this.applicant();
    if (!applicant) {
      return;
    }
    const role = this.auth.user()?.role;
    this.conversations
      .get(id)
      .pipe(
        switchMap((conversation) =>
          openLogConversationDialog(this.dialog, {
            applicantId: applicant.id,
            applicantName: this.store.name(),
            conversation,
            // Managers correct; they do not delete.
            mayDelete: role === 'admin' || role === 'officer',
          }),
        ),
      )
      .subscribe({
        next: (result) => {
          if (result === 'deleted') {
            this.snackBar.open('Conversation deleted', 'Dismiss', { duration: 4000 });
          }
          if (result) {
            this.store.reload();
            this.followUps()?.reload();
          }
        },
        error: (error: unknown) => this.explain(error),
      });
  }

  protected archive(): void {
    const name = this.store.name();
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        role: 'alertdialog',
        width: '440px',
        maxWidth: '95vw',
        data: {
          title: `Archive ${name}?`,
          message: 'They will disappear from lists and the board until restored.',
          confirmLabel: 'Archive',
        },
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.store.archive()),
      )
      .subscribe({
        next: () => this.snackBar.open(`${name} archived`, 'Dismiss', { duration: 4000 }),
        error: (error: unknown) => this.explain(error),
      });
  }

  protected restore(): void {
    this.store.restore().subscribe({
      next: () => this.snackBar.open(`${this.store.name()} restored`, 'Dismiss', { duration: 4000 }),
      error: (error: unknown) => this.explain(error),
    });
  }

  private explain(error: unknown): void {
    if (isForCallerToExplain(error)) {
      this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
      this.store.reload();
    }
  }
}
