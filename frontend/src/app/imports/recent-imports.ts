import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ImportSummaryDto } from '@pathway/contracts';
import { map } from 'rxjs';
import { formatCount } from '../core/format/count.pipe';
import { DateTimePipe } from '../core/format/date-time.pipe';
import { importWhat } from './import-kinds';
import { ImportStore } from './import-store';

const NARROW_QUERY = '(max-width: 599.98px)';

/** The latest imports (everyone's, of the kinds this user may run), each with its rejected rows and an undo while nobody has touched it since. */
@Component({
  selector: 'pw-recent-imports',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, MatTooltipModule, DateTimePipe],
  template: `
    <section class="recent" aria-labelledby="recent-heading" [attr.aria-busy]="store.recentLoading()">
      <h2 id="recent-heading">Recent imports</h2>
      @if (store.recentLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading recent imports" />
      }
      @if (store.recentError(); as error) {
        <div class="state">
          <div role="alert">
            <p class="state-title">Recent imports could not be loaded</p>
            <p>{{ error }}</p>
          </div>
          <button mat-stroked-button type="button" (click)="store.reloadRecent()">
            <mat-icon>refresh</mat-icon>
            Try again
          </button>
        </div>
      } @else if (!store.recentLoading() && !store.recent().length) {
        <div class="state">
          <mat-icon class="state-icon" aria-hidden="true">upload_file</mat-icon>
          <p>No imports yet. Imported files will be listed here.</p>
        </div>
      } @else if (store.recent().length) {
        <div class="table-scroll">
          <table mat-table [dataSource]="store.recent()" aria-labelledby="recent-heading">
            <ng-container matColumnDef="file">
              <th mat-header-cell *matHeaderCellDef scope="col">File</th>
              <td mat-cell *matCellDef="let item" class="file">
                {{ item.fileName }}
                @if (narrow()) {
                  <span class="secondary">{{ what(item) }}</span>
                  <span class="secondary"
                    >{{ item.createdBy?.name ?? 'Someone' }}, {{ item.createdAt | pwDateTime }}</span
                  >
                  <span class="secondary">{{ counts(item) }}</span>
                  @if (item.undoneAt) {
                    <span class="secondary">Undone {{ item.undoneAt | pwDateTime }}</span>
                  }
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="what">
              <th mat-header-cell *matHeaderCellDef scope="col">What</th>
              <td mat-cell *matCellDef="let item">{{ what(item) }}</td>
            </ng-container>
            <ng-container matColumnDef="createdBy">
              <th mat-header-cell *matHeaderCellDef scope="col">By</th>
              <td mat-cell *matCellDef="let item">{{ item.createdBy?.name ?? '—' }}</td>
            </ng-container>
            <ng-container matColumnDef="createdAt">
              <th mat-header-cell *matHeaderCellDef scope="col">When</th>
              <td mat-cell *matCellDef="let item" class="nowrap">{{ item.createdAt | pwDateTime }}</td>
            </ng-container>
            <ng-container matColumnDef="counts">
              <th mat-header-cell *matHeaderCellDef scope="col">Rows</th>
              <td mat-cell *matCellDef="let item">{{ counts(item) }}</td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef scope="col">Undone</th>
              <td mat-cell *matCellDef="let item" class="nowrap">
                {{ item.undoneAt ? (item.undoneAt | pwDateTime) : 'No' }}
              </td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef scope="col"><span class="cdk-visually-hidden">Actions</span></th>
              <td mat-cell *matCellDef="let item" class="row-actions">
                @if (item.invalid) {
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="store.busyIds().has(item.id)"
                    [attr.aria-label]="'Download the rejected rows of ' + item.fileName"
                    matTooltip="Download rejected rows"
                    (click)="store.downloadRejected(item)"
                  >
                    <mat-icon>download</mat-icon>
                  </button>
                }
                @if (item.created && !item.undoneAt) {
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="store.busyIds().has(item.id)"
                    [attr.aria-label]="'Undo the import of ' + item.fileName"
                    matTooltip="Undo this import"
                    (click)="store.undo(item)"
                  >
                    <mat-icon>undo</mat-icon>
                  </button>
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns()"></tr>
            <tr mat-row *matRowDef="let row; columns: columns()" [class.undone]="row.undoneAt"></tr>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    .file {
      overflow-wrap: anywhere;
    }
    .secondary {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .nowrap {
      white-space: nowrap;
    }
    .row-actions {
      white-space: nowrap;
      text-align: right;
    }
    .state {
      padding: 24px 0;
      text-align: center;
    }
    .state-title {
      font: var(--mat-sys-title-medium);
    }
    .state-icon {
      width: 40px;
      height: 40px;
      font-size: 40px;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecentImports {
  protected readonly store = inject(ImportStore);
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.narrow() ? ['file', 'actions'] : ['file', 'what', 'createdBy', 'createdAt', 'counts', 'status', 'actions'],
  );

  protected what(item: ImportSummaryDto): string {
    return importWhat(item.kind, item.event);
  }

  protected counts(item: ImportSummaryDto): string {
    const filledIn = item.kind === 'students' ? '' : ` ${formatCount(item.updated)} filled in,`;
    return `${formatCount(item.rows)} rows: ${formatCount(item.created)} added,${filledIn} ${formatCount(item.invalid)} rejected`;
  }
}
