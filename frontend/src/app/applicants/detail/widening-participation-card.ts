import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { WideningParticipation } from '@pathway/contracts';

/** Yes, No, or "Not recorded" (which also stands for "prefer not to say"). */
export function wpAnswer(value: boolean | null): string {
  return value === true ? 'Yes' : value === false ? 'No' : 'Not recorded';
}

/** Special-category details, hidden until someone asks: every read is recorded in the audit log. */
@Component({
  selector: 'pw-widening-participation-card',
  imports: [MatCardModule, MatButtonModule, MatIconModule],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-icon mat-card-avatar class="lock" aria-hidden="true">lock</mat-icon>
        <mat-card-title><h2 class="card-title">Widening participation</h2></mat-card-title>
        <mat-card-subtitle>Special-category data</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (details(); as wp) {
          <dl class="fields">
            <div><dt>First in family</dt><dd>{{ wpAnswer(wp.wpFirstInFamily) }}</dd></div>
            <div><dt>Care-experienced</dt><dd>{{ wpAnswer(wp.wpCareExperienced) }}</dd></div>
            <div><dt>Disability</dt><dd>{{ wpAnswer(wp.wpDisability) }}</dd></div>
            <div><dt>Ethnicity</dt><dd>{{ wp.wpEthnicity || 'Not recorded' }}</dd></div>
          </dl>
        } @else {
          <p class="note">
            Only officers and admins can see these details. Opening them is recorded in the audit log, so open them
            only when you need them.
          </p>
        }
      </mat-card-content>
      <mat-card-actions>
        @if (details()) {
          <button mat-button type="button" (click)="hide.emit()">
            <mat-icon>visibility_off</mat-icon>
            Hide
          </button>
        } @else {
          <button mat-stroked-button type="button" [disabled]="loading()" (click)="show.emit()">
            <mat-icon>visibility</mat-icon>
            Show widening-participation details
          </button>
        }
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .card-title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .lock {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
      gap: 12px 24px;
      margin: 8px 0 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WideningParticipationCard {
  readonly details = input<WideningParticipation | null>(null);
  readonly loading = input(false);
  readonly show = output();
  readonly hide = output();
  protected readonly wpAnswer = wpAnswer;
}
