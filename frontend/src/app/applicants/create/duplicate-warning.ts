import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { DuplicateCandidate, DuplicateReason } from '@pathway/contracts';
import { StageChip } from '../../pipeline/stage-chip';

const MATCH_LABELS: Record<DuplicateReason, string> = {
  email: 'Same email',
  phone: 'Same phone',
  name_and_date_of_birth: 'Same name and date of birth',
};

export function matchDescription(candidate: DuplicateCandidate): string {
  return candidate.matchedOn.map((reason) => MATCH_LABELS[reason] ?? reason).join(', ');
}

/** Shown when the API finds likely matches for a new applicant: open one of them, or create the new record anyway. */
@Component({
  selector: 'pw-duplicate-warning',
  imports: [RouterLink, MatButtonModule, MatIconModule, StageChip],
  template: `
    <div class="warning" role="alert" tabindex="-1">
      <h2 class="title">
        <mat-icon aria-hidden="true">warning</mat-icon>
        This person may already be in Pathway
      </h2>
      <p>Open the existing record to update it, or create a new one if this is someone else.</p>
      <ul class="candidates">
        @for (candidate of candidates(); track candidate.id) {
          <li class="candidate">
            <div class="candidate-main">
              <span class="name">{{ candidate.firstName }} {{ candidate.lastName }}</span>
              <pw-stage-chip [stage]="candidate.stage" />
            </div>
            <div class="details">
              @if (candidate.email) {
                <span>{{ candidate.email }}</span>
              }
              @if (candidate.phone) {
                <span>{{ candidate.phone }}</span>
              }
              <span>Owner: {{ candidate.ownerName ?? 'No owner' }}</span>
            </div>
            <div class="matched">
              <mat-icon aria-hidden="true">link</mat-icon>
              {{ matchDescription(candidate) }}
            </div>
            <a mat-stroked-button [routerLink]="['/applicants', candidate.id]">
              Open existing<span class="cdk-visually-hidden">
                record for {{ candidate.firstName }} {{ candidate.lastName }}</span
              >
            </a>
          </li>
        }
      </ul>
      <div class="actions">
        <button mat-flat-button type="button" [disabled]="saving()" (click)="createAnyway.emit()">Create anyway</button>
      </div>
    </div>
  `,
  styleUrl: './duplicate-warning.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DuplicateWarning {
  readonly candidates = input.required<DuplicateCandidate[]>();
  readonly saving = input(false);
  readonly createAnyway = output();
  protected readonly matchDescription = matchDescription;
}
