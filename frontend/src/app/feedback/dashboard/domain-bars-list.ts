import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DomainBars } from './experience-bars';

/** The narrowest segment that still has room for its count inside; every count is also written below the bar. */
const MIN_LABELLED_WIDTH = 7;

/**
 * Per domain: the score as a bar with its number, and the answers as a stacked bar with every count written out.
 * The bars are decoration for sighted readers; the text beside and below them says the same.
 */
@Component({
  selector: 'pw-domain-bars-list',
  template: `
    <ul class="domains">
      @for (row of rows(); track row.domain) {
        <li class="domain">
          <span class="label">{{ row.label }}</span>
          <div class="score">
            @if (!row.suppressed) {
              <span class="track" aria-hidden="true"><span class="bar" [style.width.%]="row.scoreWidth"></span></span>
            }
            <span class="score-text" [class.suppressed]="row.suppressed">
              {{ row.scoreText }}
              @if (row.answers !== null) {
                <span class="n">· n = {{ row.answers }}</span>
              }
            </span>
          </div>
          @if (row.segments.length) {
            <div class="distribution">
              <span class="stack" aria-hidden="true">
                @for (segment of row.segments; track segment.key) {
                  @if (segment.count) {
                    <span
                      class="segment"
                      [class]="'segment tone-' + toneClass(segment.tone)"
                      [style.width.%]="segment.width"
                    >
                      {{ segment.width >= minLabelledWidth ? segment.count : '' }}
                    </span>
                  }
                }
              </span>
              <span class="counts">
                Answers:
                @for (segment of row.segments; track segment.key; let last = $last) {
                  {{ segment.label }}: {{ segment.count }}{{ last ? '' : ' ·' }}
                }
              </span>
            </div>
          }
        </li>
      }
    </ul>
  `,
  styleUrl: './domain-bars-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DomainBarsList {
  readonly rows = input.required<DomainBars[]>();
  protected readonly minLabelledWidth = MIN_LABELLED_WIDTH;
  protected toneClass(tone: number): number {
    return Math.round(tone * 4);
  }
}
