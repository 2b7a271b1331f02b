import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PlacementExperienceReport, SURVEY_DOMAIN_LABELS, SurveyDomain } from '@pathway/contracts';
import { SUPPRESSED_TEXT } from '../reports/suppressed';
import { shortScore } from './experience-bars';

interface ComparisonRow {
  key: string;
  siteName: string;
  responses: string;
  scores: { domain: SurveyDomain; text: string; suppressed: boolean }[];
  overall: boolean;
}

/** Every site side by side: responses and each domain's score, with small sites' figures hidden. */
@Component({
  selector: 'pw-site-comparison',
  template: `
    <div class="scroll" tabindex="0" role="region" aria-label="Comparison across sites (scrolls sideways)">
      <table>
        <caption class="cdk-visually-hidden">
          Placement experience by site: mean scores out of 5 (would recommend out of 10; raising concerns as % yes)
        </caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col" class="number">Responses</th>
            @for (domain of domains(); track domain) {
              <th scope="col" class="number">{{ domainLabels[domain] }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr [class.overall]="row.overall">
              <th scope="row">{{ row.siteName }}</th>
              <td class="number" [class.suppressed]="row.responses === suppressedText">{{ row.responses }}</td>
              @for (score of row.scores; track score.domain) {
                <td class="number" [class.suppressed]="score.suppressed">{{ score.text }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: 500;
      min-width: 200px;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .suppressed {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    .overall {
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteComparison {
  readonly report = input.required<PlacementExperienceReport>();
  protected readonly domainLabels = SURVEY_DOMAIN_LABELS;
  protected readonly suppressedText = SUPPRESSED_TEXT;
  protected readonly domains = computed(() =>
    this.report()
      .overall.domains.map((score) => score.domain)
      .filter((domain) => domain !== 'comments'),
  );
  protected readonly rows = computed<ComparisonRow[]>(() => {
    const { overall, sites } = this.report();
    return [overall, ...sites].map((site, index) => ({
      key: site.siteId ?? 'all',
      siteName: site.siteName,
      overall: index === 0,
      responses:
        site.responses.suppressed || site.responses.value === null ? SUPPRESSED_TEXT : String(site.responses.value),
      scores: this.domains().map((domain) => {
        const text = shortScore(site.domains.find((score) => score.domain === domain));
        return { domain, text, suppressed: text === SUPPRESSED_TEXT };
      }),
    }));
  });
}
