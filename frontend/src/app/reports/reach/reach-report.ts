import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { EVENT_TYPE_LABELS, EventType, ORGANISATION_KIND_LABELS, REGION_LABELS, Region } from '@pathway/contracts';
import { PathwayChart } from '../../core/charts/chart';
import { REACH_FILTERS } from '../report-filters';
import { ReportFilterField, ReportFilterFields } from '../report-filter-fields';
import { percent } from '../report-format';
import { ReportFrame } from '../report-frame';
import { reportStore } from '../report-store';
import { reachChart } from './reach-chart';
import { ReachTable } from './reach-table';

const FIELDS: ReportFilterField[] = ['from', 'to', 'campaignId', 'region', 'type'];

/** Events held and who they reached, per campaign, type and region, and the organisations people came through. */
@Component({
  selector: 'pw-reach-report',
  imports: [ReportFrame, ReportFilterFields, PathwayChart, ReachTable, DecimalPipe],
  templateUrl: './reach-report.html',
  styleUrls: ['../report-tables.scss', './reach-report.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReachReport {
  protected readonly store = reportStore('reach', REACH_FILTERS);
  protected readonly fields = FIELDS;
  protected readonly percent = percent;

  protected readonly report = this.store.report;
  protected readonly empty = computed(() => this.report()?.total.events === 0);
  protected readonly chart = computed(() => reachChart(this.report()?.byCampaign ?? []));
  protected readonly chartLabel = computed(
    () =>
      `Reach by campaign. ${(this.report()?.byCampaign ?? [])
        .map(
          (row) =>
            `${row.campaignName}: ${row.youngPeople} young people, ${row.educators} educators, ${row.others} others`,
        )
        .join('; ')}`,
  );
  protected readonly byCampaign = computed(() =>
    (this.report()?.byCampaign ?? []).map((row) => ({ ...row, name: row.campaignName })),
  );
  protected readonly byType = computed(() =>
    (this.report()?.byType ?? []).map((row) => ({
      ...row,
      name: EVENT_TYPE_LABELS[row.type as EventType] ?? row.type,
    })),
  );
  protected readonly byRegion = computed(() =>
    (this.report()?.byRegion ?? []).map((row) => ({
      ...row,
      name: row.region === null ? 'Not recorded' : (REGION_LABELS[row.region as Region] ?? row.region),
    })),
  );

  protected kind(kind: string): string {
    return (ORGANISATION_KIND_LABELS as Record<string, string>)[kind] ?? kind;
  }
}
