import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SuppressedValue } from '@pathway/contracts';

/** The API hides every figure drawn from fewer than this many people. */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED_TEXT = `fewer than ${SUPPRESSION_THRESHOLD}`;

/** "74%" from a 0–1 rate, rounded to a whole percentage. */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** "3.8" from a mean, to one decimal place. */
export function formatMean(mean: number): string {
  return mean.toFixed(1);
}

/** A figure as text, or "fewer than 5" (with what there are fewer of) when the API suppressed it. */
export function suppressedText(
  cell: SuppressedValue<number>,
  format: (value: number) => string = String,
  unit = '',
): string {
  if (cell.suppressed || cell.value === null) {
    return unit ? `${SUPPRESSED_TEXT} ${unit}` : SUPPRESSED_TEXT;
  }
  return format(cell.value);
}

/** Shows a report figure, or "fewer than 5" in a muted style with an explanation on hover. */
@Component({
  selector: 'pw-suppressed-value',
  template: `
    @if (hidden()) {
      <span class="suppressed" title="Hidden because so few people are counted that they could be identified">{{
        text()
      }}</span>
    } @else {
      {{ text() }}
    }
  `,
  styles: `
    .suppressed {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuppressedValueText {
  readonly cell = input.required<SuppressedValue<number>>();
  readonly format = input<(value: number) => string>(String);
  /** What there are fewer than five of, when the context does not say ("responses"). */
  readonly unit = input('');

  protected readonly hidden = computed(() => this.cell().suppressed || this.cell().value === null);
  protected readonly text = computed(() => suppressedText(this.cell(), this.format(), this.unit()));
}
