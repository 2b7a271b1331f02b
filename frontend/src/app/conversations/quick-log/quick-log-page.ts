import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ConversationLoggedDto, DEFAULT_FOLLOW_UP_DAYS } from '@pathway/contracts';
import { ApplicantsApi } from '../../applicants/applicants-api';
import { formatDate } from '../../core/format/date.pipe';
import { OverdueFollowUps } from '../../follow-ups/overdue-follow-ups';
import { LogConversationForm } from '../log-conversation-form';
import { ApplicantSearch } from './applicant-search';
import { NewPersonForm } from './new-person-form';
import { PickedPerson } from './picked-person';

type Step = 'find' | 'add' | 'log' | 'done';

/**
 * Logging a conversation from a phone, two taps from anywhere: find the person (or add them), log, done. Each step
 * moves focus to its heading so that a screen reader user hears where they are.
 */
@Component({
  selector: 'pw-quick-log-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, ApplicantSearch, NewPersonForm, LogConversationForm],
  templateUrl: './quick-log-page.html',
  styleUrl: './quick-log-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickLogPage {
  private readonly applicants = inject(ApplicantsApi);
  private readonly overdue = inject(OverdueFollowUps);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly step = signal<Step>('find');
  protected readonly person = signal<PickedPerson | null>(null);
  protected readonly result = signal<ConversationLoggedDto | null>(null);

  /** The whole record, for its consent: someone who withdrew it must not be contacted. */
  private readonly record = rxResource({
    params: () => this.person()?.id,
    stream: ({ params }) => this.applicants.get(params),
  });
  protected readonly doNotContact = computed(
    () => this.record.hasValue() && this.record.value().consent.withdrawnAt !== null,
  );
  protected readonly followUpDue = computed(() =>
    formatDate(new Date(Date.now() + DEFAULT_FOLLOW_UP_DAYS * 86_400_000).toISOString()),
  );

  protected addNew(): void {
    this.go('add');
  }

  protected pick(person: PickedPerson): void {
    this.person.set(person);
    this.go('log');
  }

  protected logged(result: ConversationLoggedDto): void {
    this.result.set(result);
    this.overdue.refresh();
    this.go('done');
  }

  protected startAgain(): void {
    this.person.set(null);
    this.result.set(null);
    this.go('find');
  }

  private go(step: Step): void {
    this.step.set(step);
    afterNextRender(
      () => {
        const heading = this.host.nativeElement.querySelector<HTMLElement>('[data-step-heading]');
        heading?.focus();
        heading?.scrollIntoView({ block: 'start' });
      },
      { injector: this.injector },
    );
  }
}
