import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { EVENT_TYPE_LABELS, EventType } from '@pathway/contracts';
import { errorMessage } from '../../core/api-error';
import { formatDay } from '../../core/format/time-range';
import { EventsApi } from '../../events/events-api';

const PAGE_SIZE = 10;

/** A campaign's events, most recent first, a page at a time. */
@Component({
  selector: 'pw-campaign-events',
  imports: [RouterLink, MatTableModule, MatPaginatorModule, MatProgressBarModule, MatButtonModule, MatIconModule],
  template: `
    <div class="table-panel" [attr.aria-busy]="events.isLoading()">
      <div class="table-progress">
        @if (events.isLoading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the campaign's events" />
        }
      </div>
      @if (loadError()) {
        <div class="state" role="alert">
          <p class="state-title">Events could not be loaded</p>
          <p>{{ loadError() }}</p>
        </div>
      } @else if (total() === 0 && events.hasValue()) {
        <div class="state">
          <p class="state-title">No events in this campaign yet</p>
          <p>Choose this campaign when you plan an event.</p>
        </div>
      } @else {
        <div class="table-scroll">
          <table mat-table [dataSource]="items()" aria-label="Events in this campaign">
            <ng-container matColumnDef="date">
              <th mat-header-cell *matHeaderCellDef>Date</th>
              <td mat-cell *matCellDef="let event" class="nowrap">{{ day(event.startsAt) }}</td>
            </ng-container>
            <ng-container matColumnDef="title">
              <th mat-header-cell *matHeaderCellDef>Title</th>
              <td mat-cell *matCellDef="let event">
                <a [routerLink]="['/events', event.id]">{{ event.title }}</a>
              </td>
            </ng-container>
            <ng-container matColumnDef="type">
              <th mat-header-cell *matHeaderCellDef>Type</th>
              <td mat-cell *matCellDef="let event">{{ typeLabel(event.type) }}</td>
            </ng-container>
            <ng-container matColumnDef="reach">
              <th mat-header-cell *matHeaderCellDef class="number">Young people</th>
              <td mat-cell *matCellDef="let event" class="number">{{ event.youngPeople }}</td>
            </ng-container>
            <ng-container matColumnDef="attendees">
              <th mat-header-cell *matHeaderCellDef class="number">Attendees</th>
              <td mat-cell *matCellDef="let event" class="number">{{ event.attendeeCount }}</td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let event; columns: columns"></tr>
          </table>
        </div>
      }
      <mat-paginator
        [length]="total()"
        [pageIndex]="page() - 1"
        [pageSize]="pageSize"
        [hidePageSize]="true"
        (page)="changePage($event)"
        aria-label="Choose a page of the campaign's events"
      />
    </div>
  `,
  styles: `
    table {
      width: 100%;
      min-width: 560px;
    }
    .nowrap {
      white-space: nowrap;
    }
    .number {
      text-align: end;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignEvents {
  readonly campaignId = input.required<string>();

  private readonly api = inject(EventsApi);
  protected readonly page = signal(1);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly events = rxResource({
    params: () => ({ campaignId: this.campaignId(), page: this.page(), pageSize: PAGE_SIZE }),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly items = computed(() => (this.events.hasValue() ? this.events.value().items : []));
  protected readonly total = computed(() => (this.events.hasValue() ? this.events.value().total : 0));
  protected readonly loadError = computed(() => (this.events.error() ? errorMessage(this.events.error()) : ''));
  protected readonly columns = ['date', 'title', 'type', 'reach', 'attendees'];
  protected readonly typeLabel = (type: EventType): string => EVENT_TYPE_LABELS[type];
  protected readonly day = formatDay;

  protected changePage({ pageIndex }: PageEvent): void {
    this.page.set(pageIndex + 1);
  }
}
