import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { PlacementDto } from '@pathway/contracts';
import { DatePipe } from '../../core/format/date.pipe';
import { SurveyStatusChip } from '../../placements/survey-status-chip';

/** The student's placements, soonest ending first, with whether their feedback survey was answered. */
@Component({
  selector: 'pw-student-placements',
  imports: [MatProgressBarModule, DatePipe, SurveyStatusChip],
  template: `
    @if (loading() && !placements().length) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading placements" />
    } @else if (error()) {
      <p class="empty" role="alert">{{ error() }}</p>
    } @else if (!placements().length) {
      <p class="empty">No placements yet.</p>
    } @else {
      <ul class="placements">
        @for (placement of placements(); track placement.id) {
          <li>
            <p class="site">{{ placement.siteName }}</p>
            <p class="meta">
              {{ placement.startsOn | pwDate }} – {{ placement.endsOn | pwDate }} · Year {{ placement.yearOfStudy }}
              @if (placement.practiceEducator) {
                · Educator: {{ placement.practiceEducator }}
              }
            </p>
            <pw-survey-status-chip [status]="placement.surveyStatus" />
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .placements {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding-bottom: 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li:last-child {
      border-bottom: 0;
      padding-bottom: 0;
    }
    p {
      margin: 0 0 4px;
    }
    .site {
      font-weight: 500;
    }
    .meta,
    .empty {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StudentPlacements {
  readonly placements = input.required<PlacementDto[]>();
  readonly loading = input(false);
  readonly error = input('');
}
