import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AuthStore } from '../core/auth/auth-store';
import { reportsFor } from './report-catalogue';

/** The reports the signed-in person may open, each a card linking to it. */
@Component({
  selector: 'pw-report-index',
  imports: [RouterLink, MatIconModule],
  template: `
    <div class="page">
      <div class="page-header"><h1>Reports</h1></div>
      @if (reports().length) {
        <ul class="cards">
          @for (report of reports(); track report.path) {
            <li>
              <a class="card" [routerLink]="report.path">
                <mat-icon aria-hidden="true">{{ report.icon }}</mat-icon>
                <span class="title">{{ report.title }}</span>
                <span class="summary">{{ report.summary }}</span>
              </a>
            </li>
          }
        </ul>
      } @else {
        <div class="state"><p class="state-title">There are no reports for your role</p></div>
      }
    </div>
  `,
  styles: `
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
    }
    .card {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 4px 12px;
      height: 100%;
      box-sizing: border-box;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      color: inherit;
      text-decoration: none;
      background: var(--mat-sys-surface);
    }
    .card:hover {
      background: var(--mat-sys-surface-container);
    }
    mat-icon {
      grid-row: span 2;
      color: var(--mat-sys-primary);
    }
    .title {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
    }
    .summary {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportIndex {
  private readonly auth = inject(AuthStore);
  protected readonly reports = computed(() => reportsFor((permission) => this.auth.can(permission)));
}
