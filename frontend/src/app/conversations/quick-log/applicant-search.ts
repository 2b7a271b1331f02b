import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ApplicantSummaryDto } from '@pathway/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { ApplicantsApi } from '../../applicants/applicants-api';
import { errorMessage } from '../../core/api-error';
import { StageChip } from '../../pipeline/stage-chip';
import { personFrom, PickedPerson } from './picked-person';

export const SEARCH_RESULTS = 10;

/** Finds someone already in Pathway by the start of any word of their name, email, phone or postcode. */
@Component({
  selector: 'pw-applicant-search',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatListModule,
    MatProgressBarModule,
    StageChip,
  ],
  template: `
    <mat-form-field class="search" subscriptSizing="dynamic">
      <mat-label>Search people</mat-label>
      <mat-icon matPrefix>search</mat-icon>
      <input matInput type="search" [formControl]="search" autocomplete="off" enterkeyhint="search" />
      <mat-hint>Name, email, phone or postcode</mat-hint>
    </mat-form-field>

    <div class="progress">
      @if (results.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Searching" />
      }
    </div>

    <div role="status" class="status">{{ status() }}</div>
    @if (results.error(); as error) {
      <p class="message" role="alert">{{ message(error) }}</p>
    }
    @if (people().length) {
      <mat-action-list aria-label="People found">
        @for (person of people(); track person.id) {
          <button mat-list-item type="button" (click)="picked.emit(toPerson(person))">
            <span matListItemTitle>{{ person.firstName }} {{ person.lastName }}</span>
            <span matListItemLine>{{ contactLine(person) }}</span>
            <pw-stage-chip matListItemMeta [stage]="person.stage" />
          </button>
        }
      </mat-action-list>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .search {
      width: 100%;
    }
    .progress {
      height: 4px;
      margin-top: 4px;
    }
    .status {
      margin: 8px 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .status:empty {
      margin: 0;
    }
    .message {
      margin: 8px 0;
      color: var(--mat-sys-error);
    }
    pw-stage-chip {
      align-self: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantSearch {
  readonly picked = output<PickedPerson>();

  private readonly api = inject(ApplicantsApi);

  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly term = toSignal(
    this.search.valueChanges.pipe(
      debounceTime(300),
      map((value) => value.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  protected readonly results = rxResource({
    params: () => this.term() || undefined,
    stream: ({ params }) => this.api.list({ search: params, pageSize: SEARCH_RESULTS }),
  });
  protected readonly people = computed(() => (this.results.hasValue() ? this.results.value().items : []));
  /** Announced politely as results arrive, so a screen reader user knows the list changed. */
  protected readonly status = computed(() => {
    if (!this.term() || !this.results.hasValue()) {
      return '';
    }
    const { total, items } = this.results.value();
    if (total === 0) {
      return `Nobody matches “${this.term()}”.`;
    }
    return total > items.length
      ? `${total} people match; showing the first ${items.length}. Type more to narrow it down.`
      : `${total} ${total === 1 ? 'person matches' : 'people match'}.`;
  });

  protected readonly toPerson = personFrom;
  protected readonly message = errorMessage;

  protected contactLine(person: ApplicantSummaryDto): string {
    return [person.email, person.phone, person.postcode].filter(Boolean).join(' · ') || 'No contact details';
  }
}
