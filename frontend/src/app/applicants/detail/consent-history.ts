import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ConsentChangeDto } from '@pathway/contracts';
import { errorMessage } from '../../core/api-error';
import { formatDateTime } from '../../core/format/date-time.pipe';
import { ApplicantsApi } from '../applicants-api';

const SOURCE_LABELS: Record<string, string> = {
  recorded_by_staff: 'recorded by staff',
  public_sign_up: 'public event sign-up',
  guardian_via_public_sign_up: 'parent or guardian, at a public event sign-up',
  import: 'imported',
};

/** Every consent decision on record, fetched when asked for (and again after an edit while open). */
@Component({
  selector: 'pw-consent-history',
  imports: [MatButtonModule],
  template: `
    <button mat-button type="button" class="toggle" [attr.aria-expanded]="open()" (click)="toggle()">
      {{ open() ? 'Hide consent history' : 'Consent history' }}
    </button>
    @if (open()) {
      @if (error()) {
        <p role="alert">{{ error() }}</p>
      } @else if (changes(); as list) {
        @if (list.length) {
          <ol class="history" aria-label="Consent history">
            @for (change of list; track $index) {
              <li>{{ describe(change) }}</li>
            }
          </ol>
        } @else {
          <p class="empty">No consent decision recorded.</p>
        }
      }
    }
  `,
  styles: `
    .toggle {
      display: block;
      margin: 4px 0 0 -12px;
    }
    .history {
      margin: 4px 0 0;
      padding-left: 20px;
      font: var(--mat-sys-body-small);
    }
    .empty {
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentHistory {
  readonly applicantId = input.required<string>();
  /** The record's version: a saved edit may have changed consent. */
  readonly version = input(0);

  private readonly api = inject(ApplicantsApi);
  protected readonly open = signal(false);
  protected readonly changes = signal<ConsentChangeDto[] | null>(null);
  protected readonly error = signal('');

  constructor() {
    effect(() => {
      this.version();
      if (this.open()) this.load();
    });
  }

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  /** "Given 25 Nov 2026, 08:15 · privacy notice 2026-09 · recorded by staff · by Jordan Ellis". */
  protected describe(change: ConsentChangeDto): string {
    return [
      `${change.given ? 'Given' : 'Withdrawn'} ${formatDateTime(change.at)}`,
      change.given && change.wordingVersion ? `privacy notice ${change.wordingVersion}` : null,
      change.source ? (SOURCE_LABELS[change.source] ?? change.source.replace(/_/g, ' ')) : null,
      change.byName ? `by ${change.byName}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
  }

  private load(): void {
    this.error.set('');
    this.api.consentHistory(this.applicantId()).subscribe({
      next: (changes) => this.changes.set(changes),
      error: (error: unknown) => this.error.set(errorMessage(error)),
    });
  }
}
