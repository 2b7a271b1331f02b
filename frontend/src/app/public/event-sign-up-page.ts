import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { formatTimeRange } from '../core/format/time-range';
import { PublicEventsApi } from './public-events-api';
import { RegistrationForm, SignUpUnavailable } from './registration-form';

/** What the page shows: the form, a thank-you, or why signing up is not possible. */
type View = { kind: 'form' } | { kind: 'thanks'; message: string } | ({ kind: 'unavailable' } & SignUpUnavailable);

/**
 * The page behind an event's sign-up link and QR code, for anyone without signing in. It is built for a cheap phone
 * on a school's Wi-Fi: no app shell, no tables or date pickers, large touch targets.
 */
@Component({
  selector: 'pw-event-sign-up-page',
  imports: [MatButtonModule, RegistrationForm],
  templateUrl: './event-sign-up-page.html',
  styleUrl: './event-sign-up-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventSignUpPage {
  /** The event's public slug, from the route. */
  readonly slug = input.required<string>();

  private readonly api = inject(PublicEventsApi);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly event = rxResource({ params: () => this.slug(), stream: ({ params }) => this.api.event(params) });
  protected readonly details = computed(() => (this.event.hasValue() ? this.event.value() : undefined));
  protected readonly missing = computed(() => {
    const error = this.event.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  protected readonly busy = computed(() => {
    const error = this.event.error();
    return error instanceof HttpErrorResponse && error.status === 429;
  });
  protected readonly view = linkedSignal<View>(() => {
    const event = this.details();
    if (event && !event.registrationOpen) {
      return { kind: 'unavailable', reason: 'closed', message: '' };
    }
    if (event?.full) {
      return { kind: 'unavailable', reason: 'full', message: '' };
    }
    return { kind: 'form' };
  });
  protected readonly when = computed(() => {
    const event = this.details();
    return event ? formatTimeRange(event.startsAt, event.endsAt) : '';
  });
  protected readonly where = computed(() => {
    const event = this.details();
    return event ? event.venue || (event.format === 'virtual' ? 'Online' : '') : '';
  });

  constructor() {
    effect(() => {
      const event = this.details();
      this.title.setTitle(event ? `Sign up: ${event.title}` : this.missing() ? 'Event not found' : 'Sign up');
    });
  }

  protected thanks(message: string): void {
    this.show({ kind: 'thanks', message });
  }

  protected unavailable(reason: SignUpUnavailable): void {
    this.show({ kind: 'unavailable', ...reason });
  }

  /** The form goes away, and focus with it: move focus to the message that replaces it. */
  private show(view: View): void {
    this.view.set(view);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.message')?.focus(), {
      injector: this.injector,
    });
  }

  protected retry(): void {
    this.event.reload();
  }
}
