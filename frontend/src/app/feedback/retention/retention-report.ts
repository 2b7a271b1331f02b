import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { STUDENT_STATUS_LABELS, STUDENT_STATUSES } from '@pathway/contracts';
import { errorMessage } from '../../core/api-error';
import { ReferenceStore } from '../../reference/reference-store';
import { cohortYears } from '../../students/cohorts';
import { FeedbackApi } from '../feedback-api';
import { SuppressedValueText } from '../reports/suppressed';
import { retentionLines } from './retention-rows';

/** Who stays on the course, per cohort and profession; groups of fewer than five students are hidden. */
@Component({
  selector: 'pw-retention-report',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    MatButtonModule,
    MatIconModule,
    SuppressedValueText,
  ],
  templateUrl: './retention-report.html',
  styleUrl: './retention-report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionReport {
  private readonly api = inject(FeedbackApi);
  protected readonly reference = inject(ReferenceStore);
  protected readonly cohorts = cohortYears();
  protected readonly statuses = STUDENT_STATUSES;
  protected readonly statusLabels = STUDENT_STATUS_LABELS;
  protected readonly cohort = signal<number | null>(null);
  protected readonly profession = signal('');

  protected readonly report = rxResource({
    params: () => ({
      ...(this.cohort() ? { cohort: this.cohort() as number } : {}),
      ...(this.profession() ? { profession: this.profession() } : {}),
    }),
    stream: ({ params }) => this.api.retention(params),
  });
  protected readonly lines = computed(() => (this.report.hasValue() ? retentionLines(this.report.value().rows) : []));
  protected readonly loadError = computed(() => (this.report.error() ? errorMessage(this.report.error()) : ''));
}
