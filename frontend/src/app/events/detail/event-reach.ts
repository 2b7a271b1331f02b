import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { EventDto } from '@pathway/contracts';

/** "37%" of leaflets taken, or empty when none were handed out. */
export function takeUpPercent(taken: number, distributed: number): string {
  return distributed > 0 ? `${Math.round((taken / distributed) * 100)}%` : '';
}

const NUMBER = new Intl.NumberFormat('en-GB');

/** The event's reach at a glance: people reached, leaflets and their take-up, sign-ups. */
@Component({
  selector: 'pw-event-reach',
  imports: [MatIconModule],
  template: `
    @let e = event();
    <ul class="cards">
      <li class="card">
        <mat-icon aria-hidden="true">school</mat-icon>
        <span class="value">{{ number(e.youngPeople) }}</span>
        <span class="label">Young people</span>
      </li>
      <li class="card">
        <mat-icon aria-hidden="true">co_present</mat-icon>
        <span class="value">{{ number(e.educators) }}</span>
        <span class="label">Educators</span>
      </li>
      <li class="card">
        <mat-icon aria-hidden="true">groups</mat-icon>
        <span class="value">{{ number(e.others) }}</span>
        <span class="label">Others</span>
      </li>
      <li class="card">
        <mat-icon aria-hidden="true">description</mat-icon>
        <span class="value"
          >{{ number(e.leafletsTaken) }} <span class="of">of {{ number(e.leafletsDistributed) }}</span></span
        >
        <span class="label">Leaflets taken{{ takeUp() ? ' (' + takeUp() + ')' : '' }}</span>
      </li>
      <li class="card">
        <mat-icon aria-hidden="true">how_to_reg</mat-icon>
        <span class="value">{{ number(e.attendeeCount) }}</span>
        <span class="label">Signed up, {{ number(e.checkedInCount) }} checked in</span>
      </li>
    </ul>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    mat-icon {
      color: var(--mat-sys-primary);
    }
    .value {
      font: var(--mat-sys-headline-small);
      font-variant-numeric: tabular-nums;
    }
    .of,
    .label {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventReach {
  readonly event = input.required<EventDto>();
  protected readonly takeUp = computed(() =>
    takeUpPercent(this.event().leafletsTaken, this.event().leafletsDistributed),
  );
  protected readonly number = (value: number) => NUMBER.format(value);
}
