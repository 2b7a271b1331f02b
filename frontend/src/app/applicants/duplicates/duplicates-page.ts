import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { DuplicateCandidate, DuplicatePairDto, DuplicateReason, Permission, STAGE_LABELS } from '@pathway/contracts';
import { filter, switchMap } from 'rxjs';
import { errorMessage } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { ApplicantsApi } from '../applicants-api';
import { MergeDialog, MergeDialogData } from './merge-dialog';

export const MATCH_LABELS: Record<DuplicateReason, string> = {
  email: 'same email',
  phone: 'same phone',
  name_and_date_of_birth: 'same name and date of birth',
};

/** Records that look like the same person, side by side, each pair one click from being merged. */
@Component({
  selector: 'pw-duplicates-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule],
  template: `
    <div class="page">
      <a mat-button class="back" routerLink="/applicants"><mat-icon>arrow_back</mat-icon> Applicants</a>
      <h1>Possible duplicates</h1>
      <p class="intro">
        Records sharing an email, a phone number, or a name and date of birth. Merging keeps one record and moves the
        other's conversations, follow-ups, events, stage history and tags onto it.
      </p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Looking for duplicates" />
      } @else if (error()) {
        <div class="state" role="alert">
          <p>{{ error() }}</p>
          <button mat-stroked-button type="button" (click)="load()">Try again</button>
        </div>
      } @else if (!pairs().length) {
        <div class="state">
          <mat-icon class="state-icon" aria-hidden="true">verified</mat-icon>
          <p>No likely duplicates. Pathway also warns whenever someone is added twice.</p>
        </div>
      } @else {
        <p class="count" role="status">{{ pairs().length }} {{ pairs().length === 1 ? 'pair' : 'pairs' }} to look at</p>
        <ul class="pairs">
          @for (pair of pairs(); track pair.first.id + pair.second.id) {
            <li>
              <mat-card appearance="outlined">
                <mat-card-content>
                  <p class="matched">{{ matchText(pair) }}</p>
                  <div class="people">
                    @for (person of [pair.first, pair.second]; track person.id) {
                      <div class="person">
                        <a [routerLink]="['/applicants', person.id]" class="name"
                          >{{ person.firstName }} {{ person.lastName }}</a
                        >
                        <span>{{ person.email || 'No email' }} · {{ person.phone || 'No phone' }}</span>
                        <span>{{ stageLabels[person.stage] }} · {{ person.ownerName || 'No owner' }}</span>
                      </div>
                    }
                  </div>
                </mat-card-content>
                @if (canMerge()) {
                  <mat-card-actions align="end">
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="merge(pair)"
                      [attr.aria-label]="'Merge ' + names(pair)"
                    >
                      <mat-icon>merge</mat-icon>
                      Merge…
                    </button>
                  </mat-card-actions>
                }
              </mat-card>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .page {
      max-width: 960px;
      padding: 16px 24px 32px;
    }
    .back {
      margin-left: -12px;
    }
    h1 {
      margin: 8px 0;
      font: var(--mat-sys-headline-medium);
    }
    .intro,
    .count {
      color: var(--mat-sys-on-surface-variant);
    }
    .pairs {
      display: grid;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .matched {
      margin: 0 0 8px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-primary);
    }
    .people {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 12px;
    }
    .person {
      display: flex;
      flex-direction: column;
      gap: 2px;
      font: var(--mat-sys-body-medium);
    }
    .name {
      font: var(--mat-sys-title-medium);
    }
    .state {
      padding: 32px 0;
      text-align: center;
    }
    .state-icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
      color: var(--mat-sys-primary);
    }
    @media (max-width: 599.98px) {
      .page {
        padding: 12px 16px 24px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DuplicatesPage {
  private readonly api = inject(ApplicantsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly stageLabels = STAGE_LABELS;
  protected readonly pairs = signal<DuplicatePairDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly canMerge = computed(() => this.auth.can(Permission.ApplicantsMerge));

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set('');
    this.api.duplicates().subscribe({
      next: (pairs) => {
        this.pairs.set(pairs);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }

  protected matchText(pair: DuplicatePairDto): string {
    const matched = pair.matchedOn.map((reason) => MATCH_LABELS[reason]).join(', ');
    return matched.charAt(0).toUpperCase() + matched.slice(1);
  }

  protected names(pair: DuplicatePairDto): string {
    return `${fullName(pair.first)} and ${fullName(pair.second)}`;
  }

  protected merge(pair: DuplicatePairDto): void {
    this.dialog
      .open<MergeDialog, MergeDialogData, string>(MergeDialog, { width: '520px', maxWidth: '95vw', data: { pair } })
      .afterClosed()
      .pipe(
        filter((keepId): keepId is string => !!keepId),
        switchMap((keepId) =>
          this.api.merge({ keepId, mergeId: keepId === pair.first.id ? pair.second.id : pair.first.id }),
        ),
      )
      .subscribe({
        next: (kept) => {
          this.snackBar.open(`Merged into ${kept.firstName} ${kept.lastName}`, 'Dismiss', { duration: 5000 });
          this.load();
        },
        error: (error: unknown) => this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 6000 }),
      });
  }
}

function fullName(person: DuplicateCandidate): string {
  return `${person.firstName} ${person.lastName}`;
}
