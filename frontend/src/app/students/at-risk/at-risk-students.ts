import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { errorMessage } from '../../core/api-error';
import { DatePipe } from '../../core/format/date.pipe';
import { ReferenceStore } from '../../reference/reference-store';
import { cohortYears } from '../cohorts';
import { StudentsApi } from '../students-api';

/** "3 more responses raised worries…": the worrying answers from students who did not agree to be contacted. */
export function unidentifiedSentence(count: number): string {
  if (count === 0) {
    return '';
  }
  const responses = count === 1 ? '1 more response' : `${count} more responses`;
  return `${responses} raised worries without consent to be contacted. They stay anonymous: look for them in the review queue and concerns.`;
}

/**
 * Students whose latest placement feedback scored "overall" 2 or less or raised a concern. Only students who agreed
 * to be contacted are named; the rest are a count.
 */
@Component({
  selector: 'pw-at-risk-students',
  imports: [
    RouterLink,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    MatButtonModule,
    MatIconModule,
    DatePipe,
  ],
  templateUrl: './at-risk-students.html',
  styleUrl: './at-risk-students.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AtRiskStudents {
  private readonly api = inject(StudentsApi);
  protected readonly reference = inject(ReferenceStore);
  protected readonly cohorts = cohortYears();
  protected readonly cohort = signal<number | null>(null);
  protected readonly profession = signal('');

  protected readonly report = rxResource({
    params: () => ({
      ...(this.cohort() ? { cohort: this.cohort() as number } : {}),
      ...(this.profession() ? { profession: this.profession() } : {}),
    }),
    stream: ({ params }) => this.api.atRisk(params),
  });
  protected readonly students = computed(() => (this.report.hasValue() ? this.report.value().students : []));
  protected readonly unidentified = computed(() =>
    this.report.hasValue() ? unidentifiedSentence(this.report.value().unidentifiedResponses) : '',
  );
  protected readonly loadError = computed(() => (this.report.error() ? errorMessage(this.report.error()) : ''));
}
