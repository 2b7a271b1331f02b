import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS, Permission } from '@pathway/contracts';
import { errorMessage } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { ReachedStagesChart } from '../../core/charts/reached-stages-chart';
import { formatTimeRange } from '../../core/format/time-range';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { ReferenceStore } from '../../reference/reference-store';
import { EventAttendees } from '../attendees/event-attendees';
import { eventPlace } from '../event-place';
import { EventsApi } from '../events-api';
import { EventReach } from './event-reach';
import { SignUpLink } from './sign-up-link';

/** One event: when and where, its reach, how far its attendees got, its sign-up link, and its attendees. */
@Component({
  selector: 'pw-event-detail',
  imports: [
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    ReachedStagesChart,
    EventReach,
    SignUpLink,
    EventAttendees,
  ],
  templateUrl: './event-detail.html',
  styleUrl: './event-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventDetail {
  /** The event's id, from the route. */
  readonly id = input.required<string>();

  private readonly api = inject(EventsApi);
  private readonly auth = inject(AuthStore);
  private readonly reference = inject(ReferenceStore);
  private readonly title = inject(Title);

  private readonly resource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly event = computed(() => (this.resource.hasValue() ? this.resource.value() : undefined));
  protected readonly loading = this.resource.isLoading;
  protected readonly notFound = computed(() => {
    const error = this.resource.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  protected readonly loadError = computed(() => {
    const error = this.resource.error();
    return error && !this.notFound() ? errorMessage(error) : '';
  });
  protected readonly canWrite = computed(() => this.auth.can(Permission.ApplicantsWrite));
  protected readonly canReadCampaigns = computed(() => this.auth.can(Permission.CampaignsRead));
  protected readonly typeLabels = EVENT_TYPE_LABELS;
  protected readonly formatLabels = EVENT_FORMAT_LABELS;
  protected readonly when = computed(() => {
    const event = this.event();
    return event ? formatTimeRange(event.startsAt, event.endsAt) : '';
  });
  protected readonly place = computed(() => {
    const event = this.event();
    return event ? eventPlace(event) : '';
  });
  protected readonly professions = computed(() =>
    (this.event()?.professions ?? []).map((code) => this.reference.professionName(code)),
  );
  protected readonly anyoneReached = computed(() =>
    (this.event()?.reachedStages ?? []).some((stage) => stage.count > 0),
  );

  constructor() {
    effect(() => {
      const event = this.event();
      if (event) {
        this.title.setTitle(`${event.title} · ${PRODUCT_NAME}`);
      }
    });
  }

  protected reload(): void {
    this.resource.reload();
  }
}
