import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { PathwayChart } from '../../core/charts/chart';
import { ReferenceStore } from '../../reference/reference-store';
import { SERIOUS_CONVERSATION_FILTERS } from '../report-filters';
import { ReportFilterField, ReportFilterFields } from '../report-filter-fields';
import { monthLabel, percent } from '../report-format';
import { ReportFrame } from '../report-frame';
import { reportStore } from '../report-store';
import { seriousConversationsChart } from './serious-conversations-chart';

const FIELDS: ReportFilterField[] = ['from', 'to', 'campaignId', 'profession', 'region', 'officerId'];

/** Serious conversations and the people they were with, per month, officer and profession, against the target. */
@Component({
  selector: 'pw-serious-conversations-report',
  imports: [ReportFrame, ReportFilterFields, PathwayChart, DecimalPipe],
  templateUrl: './serious-conversations-report.html',
  styleUrl: '../report-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeriousConversationsReport {
  private readonly reference = inject(ReferenceStore);
  protected readonly store = reportStore('serious-conversations', SERIOUS_CONVERSATION_FILTERS);
  protected readonly fields = FIELDS;
  protected readonly monthLabel = monthLabel;

  protected readonly report = this.store.report;
  protected readonly empty = computed(() => this.report()?.total.conversations === 0);
  protected readonly chart = computed(() => seriousConversationsChart(this.report() ?? { byMonth: [], target: null }));
  protected readonly progress = computed(() => {
    const report = this.report();
    return report?.target ? percent(report.total.conversations / report.target) : '';
  });
  protected readonly chartLabel = computed(
    () =>
      `Serious conversations per month. ${(this.report()?.byMonth ?? [])
        .map((month) => `${monthLabel(month.month)}: ${month.conversations}`)
        .join(', ')}`,
  );

  protected profession(code: string | null): string {
    return code === null ? 'Not given' : this.reference.professionName(code);
  }
}
