import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { errorMessage } from '../../core/api-error';
import { ReferenceStore } from '../../reference/reference-store';
import { cohortYears } from '../../students/cohorts';
import { FeedbackApi } from '../feedback-api';
import { DomainBarsList } from './domain-bars-list';
import { domainBars } from './experience-bars';
import { SiteComparison } from './site-comparison';

/**
 * Placement experience by domain for one site or all of them, and every site side by side. Aggregates only (managers
 * see this too): any figure drawn from fewer than five responses arrives hidden and says so.
 */
@Component({
  selector: 'pw-site-dashboard',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    MatButtonModule,
    MatIconModule,
    DomainBarsList,
    SiteComparison,
  ],
  templateUrl: './site-dashboard.html',
  styleUrl: './site-dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteDashboard {
  private readonly api = inject(FeedbackApi);
  protected readonly reference = inject(ReferenceStore);
  protected readonly cohorts = cohortYears();
  protected readonly siteId = signal('');
  protected readonly cohort = signal<number | null>(null);
  protected readonly profession = signal('');

  // One request gives the overall figures and every site, which both the selector and the comparison need.
  protected readonly report = rxResource({
    params: () => ({
      ...(this.cohort() ? { cohort: this.cohort() as number } : {}),
      ...(this.profession() ? { profession: this.profession() } : {}),
    }),
    stream: ({ params }) => this.api.placementExperience(params),
  });
  protected readonly data = computed(() => (this.report.hasValue() ? this.report.value() : undefined));
  protected readonly sites = computed(() => this.data()?.sites ?? []);
  protected readonly selected = computed(() => {
    const report = this.data();
    return report && (report.sites.find((site) => site.siteId === this.siteId()) ?? report.overall);
  });
  protected readonly rows = computed(() => {
    const site = this.selected();
    return site ? domainBars(site) : [];
  });
  protected readonly responsesText = computed(() => {
    const responses = this.selected()?.responses;
    if (!responses) {
      return '';
    }
    return responses.suppressed || responses.value === null
      ? `Fewer than 5 responses: figures are hidden so that no one can be identified`
      : `${responses.value} ${responses.value === 1 ? 'response' : 'responses'}`;
  });
  protected readonly loadError = computed(() => (this.report.error() ? errorMessage(this.report.error()) : ''));
}
