import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TimelineConversation, TimelineEntryDto } from '@pathway/contracts';
import { DateTimePipe } from '../../core/format/date-time.pipe';
import { RelativeTimePipe } from '../../core/format/relative-time.pipe';
import { describeEntry } from './timeline-format';

/** What happened to the applicant, newest first. */
@Component({
  selector: 'pw-applicant-timeline',
  imports: [MatCardModule, MatIconModule, MatButtonModule, MatProgressBarModule, DateTimePipe, RelativeTimePipe],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title><h2 class="card-title">Timeline</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (loading() && !lines().length) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the timeline" />
        } @else if (error()) {
          <p class="empty" role="alert">{{ error() }}</p>
        } @else if (!lines().length) {
          <p class="empty">Nothing has happened yet.</p>
        }
        <ol class="entries">
          @for (line of lines(); track line.id) {
            <li class="entry">
              <mat-icon class="entry-icon" aria-hidden="true">{{ line.icon }}</mat-icon>
              <div>
                <p class="entry-text">
                  {{ line.text }}
                  @if (line.badge) {
                    <span class="entry-badge">{{ line.badge }}</span>
                  }
                </p>
                @for (detail of line.details ?? []; track $index) {
                  <p class="entry-detail">{{ detail }}</p>
                }
                <p class="entry-time">
                  <time [attr.datetime]="line.at">{{ line.at | pwRelativeTime }}</time> · {{ line.at | pwDateTime }}
                  @if (line.correctable) {
                    <button
                      mat-button
                      type="button"
                      class="correct"
                      [attr.aria-label]="'Correct the conversation of ' + (line.at | pwDateTime)"
                      (click)="correct.emit(line.id)"
                    >
                      Correct
                    </button>
                  }
                </p>
              </div>
            </li>
          }
        </ol>
      </mat-card-content>
    </mat-card>
  `,
  styleUrl: './applicant-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantTimeline {
  readonly entries = input.required<TimelineEntryDto[]>();
  readonly loading = input(false);
  readonly error = input('');
  /** Whether the signed-in person may correct a conversation (the author, a manager or an admin). */
  readonly mayCorrect = input<(conversation: TimelineConversation) => boolean>(() => false);
  /** The id of a conversation to correct. */
  readonly correct = output<string>();

  protected readonly lines = computed(() =>
    this.entries().map((entry) => ({
      id: entry.id,
      at: entry.at,
      correctable: !!entry.conversation && this.mayCorrect()(entry.conversation),
      ...describeEntry(entry),
    })),
  );
}
