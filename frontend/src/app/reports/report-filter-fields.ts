import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EVENT_TYPE_LABELS, EVENT_TYPES, REGION_LABELS, REGIONS, SOURCE_LABELS, SOURCES } from '@pathway/contracts';
import { campaignChoices } from '../campaigns/campaign-choices';
import { provideBritishDates } from '../core/format/british-date-adapter';
import { startOfDay, toDay } from '../core/format/calendar-day';
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
  imports: [MatDatepickerModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  providers: [provideBritishDates()],
  template: `
    @for (field of fields(); track field) {
      @if (field === 'from' || field === 'to') {
        <mat-form-field subscriptSizing="dynamic" class="field">
          <mat-label>{{ labels[field] }}</mat-label>
          <input
            matInput
            [matDatepicker]="picker"
            [value]="day(field)"
            [min]="field === 'to' ? day('from') : null"
            [max]="field === 'from' ? day('to') : null"
            placeholder="dd/mm/yyyy"
            (dateChange)="set(field, toDay($event.value))"
          />
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
        </mat-form-field>
      } @else {
        <mat-form-field subscriptSizing="dynamic" class="field">
          <mat-label>{{ labels[field] }}</mat-label>
          <mat-select [value]="filters()[field] ?? ''" (selectionChange)="set(field, $event.value)">
            <mat-option value="">{{ all[field] }}</mat-option>
            @for (choice of choices()[field]; track choice.value) {
              <mat-option [value]="choice.value">{{ choice.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
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

  protected readonly toDay = toDay;

  /** A day filter as the date its picker shows, or null when not set. */
  protected day(field: 'from' | 'to'): Date | null {
    const value = this.filters()[field];
    return value ? startOfDay(value) : null;
  }

  protected set(field: ReportFilterField, value: string): void {
    this.changed.emit({ [field]: value ?? '' });
  }
}
