import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EVENT_TYPE_LABELS, EVENT_TYPES, REGION_LABELS, REGIONS, SOURCE_LABELS, SOURCES } from '@pathway/contracts';
import { campaignChoices } from '../campaigns/campaign-choices';
import { ReferenceStore } from '../reference/reference-store';
import { cohortYears } from '../students/cohorts';

export type ReportFilterField =
  'from' | 'to' | 'source' | 'campaignId' | 'profession' | 'region' | 'officerId' | 'type' | 'cohort' | 'breakdown';

interface Choice {
  value: string;
  label: string;
}

const BREAKDOWN_CHOICES: Choice[] = [
  { value: 'source', label: 'Source' },
  { value: 'campaign', label: 'Campaign' },
  { value: 'profession', label: 'Profession' },
];

const ALL: Record<Exclude<ReportFilterField, 'from' | 'to'>, string> = {
  source: 'All sources',
  campaignId: 'All campaigns',
  profession: 'All professions',
  region: 'All regions',
  officerId: 'All officers',
  type: 'All event types',
  cohort: 'All cohorts',
  breakdown: 'No breakdown',
};

const LABELS: Record<ReportFilterField, string> = {
  from: 'From',
  to: 'To',
  source: 'Source',
  campaignId: 'Campaign',
  profession: 'Profession',
  region: 'Region',
  officerId: 'Officer',
  type: 'Event type',
  cohort: 'Cohort',
  breakdown: 'Break down by',
};

/** The filter fields a report offers, from the list given; each change is emitted for the URL to keep. */
@Component({
  selector: 'pw-report-filter-fields',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    @for (field of fields(); track field) {
      <mat-form-field subscriptSizing="dynamic" class="field">
        <mat-label>{{ labels[field] }}</mat-label>
        @if (field === 'from' || field === 'to') {
          <input
            matInput
            type="date"
            [value]="filters()[field] ?? ''"
            (change)="set(field, $any($event.target).value)"
          />
        } @else {
          <mat-select [value]="filters()[field] ?? ''" (selectionChange)="set(field, $event.value)">
            <mat-option value="">{{ all[field] }}</mat-option>
            @for (choice of choices()[field]; track choice.value) {
              <mat-option [value]="choice.value">{{ choice.label }}</mat-option>
            }
          </mat-select>
        }
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .field {
      width: 180px;
    }
    @media (max-width: 599.98px) {
      .field {
        width: calc(50% - 8px);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFilterFields {
  private readonly reference = inject(ReferenceStore);
  private readonly campaigns = campaignChoices();

  readonly fields = input.required<readonly ReportFilterField[]>();
  readonly filters = input.required<Partial<Record<ReportFilterField, string>>>();
  readonly changed = output<Partial<Record<ReportFilterField, string>>>();

  protected readonly labels = LABELS;
  protected readonly all = ALL;
  protected readonly choices = computed<Record<Exclude<ReportFilterField, 'from' | 'to'>, Choice[]>>(() => ({
    source: SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] })),
    campaignId: this.campaigns().map((campaign) => ({ value: campaign.id, label: campaign.name })),
    profession: this.reference.professions().map((item) => ({ value: item.code, label: item.name })),
    region: REGIONS.map((value) => ({ value, label: REGION_LABELS[value] })),
    officerId: this.reference.owners().map((user) => ({ value: user.id, label: user.name })),
    type: EVENT_TYPES.map((value) => ({ value, label: EVENT_TYPE_LABELS[value] })),
    cohort: cohortYears().map((year) => ({ value: String(year), label: String(year) })),
    breakdown: BREAKDOWN_CHOICES,
  }));

  protected set(field: ReportFilterField, value: string): void {
    this.changed.emit({ [field]: value ?? '' });
  }
}
