import { ChangeDetectionStrategy, Component, computed, effect, inject, input, ViewEncapsulation } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { PRIVACY_NOTICE_VERSION } from '@pathway/contracts';
import { formatTimeRange } from '../../core/format/time-range';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { ReferenceStore } from '../../reference/reference-store';
import { eventPlace } from '../event-place';
import { EventsApi } from '../events-api';
import { QrCode } from '../qr/qr-code';

/** Empty rows on the sheet: as many as fit under the header on one landscape A4 page. */
export const SHEET_ROWS = 14;

/**
 * A paper sign-up sheet for a stand or a classroom: the QR code for people with a phone, and empty rows for those
 * without. Its styles are global (not encapsulated) only so that, when printing, they can hide the app's toolbar and
 * navigation; every rule is scoped to this page.
 */
@Component({
  selector: 'pw-sign-up-sheet',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, QrCode],
  templateUrl: './sign-up-sheet.html',
  styleUrl: './sign-up-sheet.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignUpSheet {
  /** The event's id, from the route. */
  readonly id = input.required<string>();

  private readonly api = inject(EventsApi);
  private readonly reference = inject(ReferenceStore);
  private readonly title = inject(Title);

  private readonly resource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly event = computed(() => (this.resource.hasValue() ? this.resource.value() : undefined));
  protected readonly loading = this.resource.isLoading;
  protected readonly failed = computed(() => !!this.resource.error());
  protected readonly rows = Array.from({ length: SHEET_ROWS }, (_, index) => index + 1);
  protected readonly privacyNoticeVersion = PRIVACY_NOTICE_VERSION;
  protected readonly when = computed(() => {
    const event = this.event();
    return event ? formatTimeRange(event.startsAt, event.endsAt) : '';
  });
  protected readonly place = computed(() => {
    const event = this.event();
    return event ? eventPlace(event) : '';
  });
  protected readonly professions = computed(() =>
    (this.event()?.professions ?? []).map((code) => this.reference.professionName(code)).join(', '),
  );

  constructor() {
    effect(() => {
      const event = this.event();
      if (event) {
        this.title.setTitle(`Sign-up sheet: ${event.title} · ${PRODUCT_NAME}`);
      }
    });
  }

  protected print(): void {
    window.print();
  }
}
