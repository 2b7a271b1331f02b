import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RetentionRow, STUDENT_STATUS_LABELS } from '@pathway/contracts';
import { PathwayChart } from '../../core/charts/chart';
import { retentionLines } from '../../feedback/retention/retention-rows';
import { SuppressedValueText } from '../../feedback/reports/suppressed';
import { ReferenceStore } from '../../reference/reference-store';
import { RETENTION_FILTERS } from '../report-filters';
import { ReportFilterField, ReportFilterFields } from '../report-filter-fields';
import { ReportFrame } from '../report-frame';
import { reportStore } from '../report-store';
import { retentionChart, retentionChartHeight } from './retention-chart';

const FIELDS: ReportFilterField[] = ['cohort', 'profession'];

/** Who stays on the course, per cohort and profession; figures drawn from fewer than five students are hidden. */
@Component({
  selector: 'pw-retention-page',
  imports: [ReportFrame, ReportFilterFields, PathwayChart, SuppressedValueText],
  templateUrl: './retention-page.html',
  styleUrl: '../report-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionPage {
  private readonly reference = inject(ReferenceStore);
  protected readonly store = reportStore('retention', RETENTION_FILTERS);
  protected readonly fields = FIELDS;
  protected readonly statusLabels = STUDENT_STATUS_LABELS;

  protected readonly rows = computed(() => this.store.report()?.rows ?? []);
  protected readonly lines = computed(() => retentionLines(this.rows()));
  protected readonly empty = computed(() => !!this.store.report() && this.rows().length === 0);
  protected readonly chart = computed(() => retentionChart(this.rows(), (row) => this.groupName(row)));
  protected readonly chartHeight = computed(() => retentionChartHeight(this.rows().length));
  protected readonly chartLabel = computed(
    () =>
      `Retention by cohort. ${this.lines()
        .map((line) => `${line.cohort} ${this.profession(line.profession)}: ${line.rateText}`)
        .join(', ')}`,
  );

  protected profession(code: string): string {
    return this.reference.professionName(code);
  }

  private groupName(row: RetentionRow): string {
    return `${row.cohort} ${this.profession(row.profession)}`;
  }
}
