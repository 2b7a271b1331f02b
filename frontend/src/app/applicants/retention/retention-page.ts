import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { RetentionReviewDto, Stage, STAGE_LABELS } from '@pathway/contracts';
import { filter, switchMap } from 'rxjs';
import { errorMessage } from '../../core/api-error';
import { ConfirmDialog, ConfirmDialogData } from '../../core/confirm-dialog/confirm-dialog';
import { DatePipe } from '../../core/format/date.pipe';
import { ApplicantsApi } from '../applicants-api';

/** The retention policy at work: who has been inactive too long, and erasing them (after a dry run) when decided. */
@Component({
  selector: 'pw-retention-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, DatePipe],
  template: `
    <div class="page">
      <a mat-button class="back" routerLink="/applicants"><mat-icon>arrow_back</mat-icon> Applicants</a>
      <h1>Retention review</h1>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Finding inactive applicants" />
      } @else if (error()) {
        <div class="state" role="alert">
          <p>{{ error() }}</p>
          <button mat-stroked-button type="button" (click)="load()">Try again</button>
        </div>
      } @else if (review(); as r) {
        <p class="intro">
          Applicants with no activity (no edit, conversation, follow-up, event or stage change) since
          {{ r.cutoff | pwDate }} — {{ r.months }} months. Enrolled people are kept while they are students.
          {{
            r.enforced
              ? 'A daily job erases them.'
              : 'Nothing is erased automatically: the policy is switched off (PATHWAY_RETENTION_ENFORCE).'
          }}
        </p>
        <p class="count" role="status">
          {{ r.total }} {{ r.total === 1 ? 'person' : 'people' }} past the retention period
        </p>
        @if (r.total) {
          <div class="actions">
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="dryRun()">
              <mat-icon>fact_check</mat-icon>
              Dry run
            </button>
            <button mat-flat-button type="button" class="erase" [disabled]="busy()" (click)="eraseAll(r.total)">
              <mat-icon>delete_forever</mat-icon>
              Erase them now…
            </button>
          </div>
          @if (busy()) {
            <mat-progress-bar mode="indeterminate" aria-label="Working" />
          }
          <table mat-table [dataSource]="r.items" aria-label="People past the retention period">
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
              <td mat-cell *matCellDef="let item">
                <a [routerLink]="['/applicants', item.id]">{{ item.name }}</a>
              </td>
            </ng-container>
            <ng-container matColumnDef="stage">
              <th mat-header-cell *matHeaderCellDef scope="col">Stage</th>
              <td mat-cell *matCellDef="let item">{{ stageLabel(item.stage) }}</td>
            </ng-container>
            <ng-container matColumnDef="lastActivityAt">
              <th mat-header-cell *matHeaderCellDef scope="col">Last activity</th>
              <td mat-cell *matCellDef="let item">{{ item.lastActivityAt | pwDate }}</td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
          @if (r.total > r.items.length) {
            <p class="more">The {{ r.items.length }} inactive longest are shown.</p>
          }
        } @else {
          <div class="state">
            <mat-icon class="state-icon" aria-hidden="true">verified</mat-icon>
            <p>Nobody is past the retention period.</p>
          </div>
        }
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
    .more {
      color: var(--mat-sys-on-surface-variant);
    }
    .count {
      font: var(--mat-sys-title-medium);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 12px;
    }
    .erase {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
    table {
      width: 100%;
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
export class RetentionPage {
  private readonly api = inject(ApplicantsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly columns = ['name', 'stage', 'lastActivityAt'];
  protected readonly review = signal<RetentionReviewDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal('');

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set('');
    this.api.retention().subscribe({
      next: (review) => {
        this.review.set(review);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }

  protected stageLabel(stage: string): string {
    return STAGE_LABELS[stage as Stage] ?? stage;
  }

  protected dryRun(): void {
    this.busy.set(true);
    this.api.runRetention(true).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.snackBar.open(`Dry run: ${result.candidates} would be erased. Nothing was changed.`, 'Dismiss', {
          duration: 6000,
        });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 6000 });
      },
    });
  }

  protected eraseAll(total: number): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        role: 'alertdialog',
        width: '480px',
        maxWidth: '95vw',
        data: {
          title: `Erase ${total} ${total === 1 ? 'person' : 'people'} now?`,
          message:
            'Their personal data is erased for good; their anonymous stage history stays so the reports do not change. ' +
            'This cannot be undone.',
          confirmLabel: 'Erase for good',
        },
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.busy.set(true);
          return this.api.runRetention(false);
        }),
      )
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          this.snackBar.open(`${result.erased} erased`, 'Dismiss', { duration: 5000 });
          this.load();
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 6000 });
        },
      });
  }
}
