import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** The students area: everyone on a course, and those whose placement feedback worried us. */
@Component({
  selector: 'pw-students-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule],
  template: `
    <div class="page">
      <h1>Students</h1>
      <nav
        mat-tab-nav-bar
        mat-stretch-tabs="false"
        mat-align-tabs="start"
        [tabPanel]="panel"
        aria-label="Student views"
      >
        <a
          mat-tab-link
          routerLink="/students"
          routerLinkActive
          #all="routerLinkActive"
          [routerLinkActiveOptions]="{ exact: true }"
          [active]="all.isActive"
        >
          All students
        </a>
        <a
          mat-tab-link
          routerLink="/students/at-risk"
          routerLinkActive
          #risk="routerLinkActive"
          [active]="risk.isActive"
        >
          At risk
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
export class StudentsPage {}
