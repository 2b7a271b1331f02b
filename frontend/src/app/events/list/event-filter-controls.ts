import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatDatepickerInputEvent, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CampaignDto, EVENT_TYPE_LABELS, EVENT_TYPES, ProfessionDto, REGION_LABELS, REGIONS } from '@pathway/contracts';
import { provideBritishDates } from '../../core/format/british-date-adapter';
import { startOfDay, toDay } from '../../core/format/calendar-day';
import { EventFilters } from './event-filters';

/** The events list's filter fields; every change goes straight to the URL through `changed`. */
@Component({
  selector: 'pw-event-filter-controls',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule, MatDatepickerModule],
  providers: [provideBritishDates()],
  templateUrl: './event-filter-controls.html',
  styleUrl: './event-filter-controls.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventFilterControls {
  readonly filters = input.required<EventFilters>();
  readonly campaigns = input<CampaignDto[]>([]);
  readonly professions = input<ProfessionDto[]>([]);
  readonly changed = output<Partial<EventFilters>>();

  protected readonly types = EVENT_TYPES;
  protected readonly typeLabels = EVENT_TYPE_LABELS;
  protected readonly regions = REGIONS;
  protected readonly regionLabels = REGION_LABELS;
  protected readonly fromDate = computed(() => (this.filters().from ? startOfDay(this.filters().from) : null));
  protected readonly toDate = computed(() => (this.filters().to ? startOfDay(this.filters().to) : null));

  protected set(changes: Partial<EventFilters>): void {
    this.changed.emit({ ...changes, page: 1 });
  }

  protected setDay(key: 'from' | 'to', event: MatDatepickerInputEvent<Date>): void {
    const day = toDay(event.value);
    if (day !== this.filters()[key]) {
      this.set({ [key]: day });
    }
  }
}
