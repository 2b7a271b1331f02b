import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReachFigures } from '@pathway/contracts';
import { percent } from '../report-format';

/** Reach figures, one row per campaign, event type or region. */
@Component({
  selector: 'pw-reach-table',
  imports: [DecimalPipe],
  template: `
    <div class="scroll" tabindex="0" role="region" [attr.aria-label]="caption() + ' (scrolls sideways)'">
      <table>
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ nameHeading() }}</th>
            <th scope="col" class="number">Events</th>
            <th scope="col" class="number">Young people</th>
            <th scope="col" class="number">Educators</th>
            <th scope="col" class="number">Others</th>
            <th scope="col" class="number">Webinars</th>
            <th scope="col" class="number">Attending</th>
            <th scope="col" class="number">Leaflets taken</th>
            <th scope="col" class="number">Take-up</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.name) {
            <tr>
              <th scope="row">{{ row.name }}</th>
              <td class="number">{{ row.events | number }}</td>
              <td class="number">{{ row.youngPeople | number }}</td>
              <td class="number">{{ row.educators | number }}</td>
              <td class="number">{{ row.others | number }}</td>
              <td class="number">{{ row.webinars | number }}</td>
              <td class="number">{{ row.webinarAttendance | number }}</td>
              <td class="number">{{ row.leafletsTaken | number }} of {{ row.leafletsDistributed | number }}</td>
              <td class="number">{{ percent(row.leafletTakeUp) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../report-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReachTable {
  readonly caption = input.required<string>();
  readonly nameHeading = input.required<string>();
  readonly rows = input.required<(ReachFigures & { name: string })[]>();
  protected readonly percent = percent;
}
