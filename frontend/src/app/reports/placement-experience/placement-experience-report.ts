import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { DomainScore, SiteExperience, SURVEY_DOMAIN_LABELS, SurveyDomain } from '@pathway/contracts';
import { PathwayChart } from '../../core/charts/chart';
import { shortScore } from '../../feedback/dashboard/experience-bars';
import { SUPPRESSED_TEXT, SuppressedValueText } from '../../feedback/reports/suppressed';
import { PLACEMENT_EXPERIENCE_FILTERS } from '../report-filters';
import { ReportFilterField, ReportFilterFields } from '../report-filter-fields';
import { ReportFrame } from '../report-frame';
import { reportStore } from '../report-store';
import { experienceChart } from './experience-chart';

const FIELDS: ReportFilterField[] = ['cohort', 'profession'];

/** What students say about their placements: each domain overall, and per site. */
@Component({
  selector: 'pw-placement-experience-report',
  imports: [ReportFrame, ReportFilterFields, PathwayChart, SuppressedValueText],
  templateUrl: './placement-experience-report.html',
  styleUrl: '../report-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementExperienceReport {
  protected readonly store = reportStore('placement-experience', PLACEMENT_EXPERIENCE_FILTERS);
  protected readonly fields = FIELDS;
  protected readonly domainLabels = SURVEY_DOMAIN_LABELS;
  protected readonly suppressedText = SUPPRESSED_TEXT;

  protected readonly overall = computed(() => this.store.report()?.overall);
  protected readonly sites = computed(() => this.store.report()?.sites ?? []);
  protected readonly domains = computed<SurveyDomain[]>(() =>
    (this.overall()?.domains ?? []).map((score) => score.domain).filter((domain) => domain !== 'comments'),
  );
  protected readonly empty = computed(() => {
    const overall = this.overall();
    return !!overall && !overall.responses.suppressed && overall.responses.value === 0;
  });
  protected readonly chart = computed(() => experienceChart(this.overall()?.domains ?? []));
  protected readonly chartLabel = computed(
    () =>
      `Experience by domain, overall. ${(this.overall()?.domains ?? [])
        .filter((score) => score.domain !== 'comments')
        .map((score) => `${SURVEY_DOMAIN_LABELS[score.domain]}: ${shortScore(score)}`)
        .join(', ')}`,
  );

  protected score(site: SiteExperience, domain: SurveyDomain): string {
    return shortScore(site.domains.find((score: DomainScore) => score.domain === domain));
  }
}
