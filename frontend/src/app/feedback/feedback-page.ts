import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '../core/auth/auth-store';
import { feedbackTabsFor } from './feedback-tabs';

/** Placement feedback: the views a person's role allows, as tabs. */
@Component({
  selector: 'pw-feedback-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule],
  template: `
    <div class="page">
      <h1>Feedback</h1>
      <nav
        mat-tab-nav-bar
        mat-stretch-tabs="false"
        mat-align-tabs="start"
        [tabPanel]="panel"
        aria-label="Feedback views"
      >
        @for (tab of tabs(); track tab.path) {
          <a
            mat-tab-link
            [routerLink]="['/feedback', tab.path]"
            routerLinkActive
            #link="routerLinkActive"
            [active]="link.isActive"
          >
            {{ tab.label }}
          </a>
        }
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
export class FeedbackPage {
  private readonly auth = inject(AuthStore);
  protected readonly tabs = computed(() => feedbackTabsFor(this.auth.permissions()));
}
