import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** Clinical placements and the sites that host them. */
@Component({
  selector: 'pw-placements-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule],
  template: `
    <div class="page">
      <h1>Placements</h1>
      <nav
        mat-tab-nav-bar
        mat-stretch-tabs="false"
        mat-align-tabs="start"
        [tabPanel]="panel"
        aria-label="Placement views"
      >
        <a
          mat-tab-link
          routerLink="/placements"
          routerLinkActive
          #all="routerLinkActive"
          [routerLinkActiveOptions]="{ exact: true }"
          [active]="all.isActive"
        >
          Placements
        </a>
        <a
          mat-tab-link
          routerLink="/placements/sites"
          routerLinkActive
          #sites="routerLinkActive"
          [active]="sites.isActive"
        >
          Sites
        </a>
      </nav>
      <mat-tab-nav-panel #panel class="panel"><router-outlet /></mat-tab-nav-panel>
    </div>
  `,
  styles: `
    h1 {
      margin-bottom: 8px;
    }
    .panel {
      display: block;
      padding-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementsPage {}
