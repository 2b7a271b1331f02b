import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { STAGE_LABELS } from '@pathway/contracts';
import { PathwayChart } from '../../core/charts/chart';
import { FUNNEL_FILTERS } from '../report-filters';
import { ReportFilterField, ReportFilterFields } from '../report-filter-fields';
import { days, percent } from '../report-format';
import { ReportFrame } from '../report-frame';
import { reportStore } from '../report-store';
import { funnelChart } from './funnel-chart';

const FIELDS: ReportFilterField[] = [
  'from',
  'to',
  'source',
  'campaignId',
  'profession',
  'region',
  'officerId',
  'breakdown',
];

const BREAKDOWN_LABELS: Record<string, string> = { source: 'Source', campaign: 'Campaign', profession: 'Profession' };

/** How far the people first contacted in a period got: each stage, its conversion and how long the step took. */
@Component({
  selector: 'pw-funnel-report',
  imports: [ReportFrame, ReportFilterFields, PathwayChart, DecimalPipe],
  templateUrl: './funnel-report.html',
  styleUrl: '../report-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FunnelReport {
  protected readonly store = reportStore('funnel', FUNNEL_FILTERS, { officerId: 'ownerId' });
  protected readonly fields = FIELDS;
  protected readonly stageLabels = STAGE_LABELS;
  protected readonly percent = percent;
  protected readonly days = days;

  protected readonly report = this.store.report;
  protected readonly breakdownLabel = computed(() => BREAKDOWN_LABELS[this.store.filters().breakdown] ?? '');
  protected readonly empty = computed(() => this.report()?.cohortSize === 0);
  protected readonly chart = computed(() => funnelChart(this.report()?.stages ?? []));
  protected readonly chartLabel = computed(() =>
    (this.report()?.stages ?? []).map((stage) => `${STAGE_LABELS[stage.stage]}: ${stage.reached}`).join(', '),
  );
}
