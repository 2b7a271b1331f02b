import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DashboardStore } from './dashboard-store';
import { KpiCard } from './kpi-card';

/** Each person's home page: a greeting and the figures their role starts the day with. */
@Component({
  selector: 'pw-dashboard-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, KpiCard],
  providers: [DashboardStore],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ store.greeting() }}</h1>
      </div>
      <section aria-label="Your figures" [attr.aria-busy]="store.loading()">
        <div class="progress">
          @if (store.loading()) {
            <mat-progress-bar mode="indeterminate" aria-label="Loading your figures" />
          }
        </div>
        @if (store.loadError()) {
          <div class="state">
            <mat-icon class="state-icon">cloud_off</mat-icon>
            <div role="alert">
              <p class="state-title">Your figures could not be loaded</p>
              <p>{{ store.loadError() }}</p>
            </div>
            <button mat-stroked-button type="button" (click)="store.reload()">Try again</button>
          </div>
        } @else if (store.empty()) {
          <p class="state">Nothing to show yet.</p>
        } @else {
          <ul class="grid" role="list">
            @for (kpi of store.kpis(); track kpi.key) {
              <li><pw-kpi-card [kpi]="kpi" /></li>
            }
          </ul>
        }
      </section>
    </div>
  `,
  styles: `
    .progress {
      min-height: 4px;
      margin-bottom: 12px;
    }
    .grid {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    }
    .state {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
      padding: 24px 0;
    }
    .state-title {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  protected readonly store = inject(DashboardStore);
}
