import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CountPipe } from '../core/format/count.pipe';

export interface ImportFigure {
  label: string;
  value: number;
  /** Draws the eye to a figure that needs action (rejected rows). */
  warn?: boolean;
}

/** A row of labelled counts: the dry run's or the import's. */
@Component({
  selector: 'pw-import-figures',
  imports: [CountPipe],
  template: `
    <dl class="figures">
      @for (figure of figures(); track figure.label) {
        <div class="figure" [class.warn]="figure.warn && figure.value > 0">
          <dt>{{ figure.label }}</dt>
          <dd>{{ figure.value | pwCount }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(120px, 1fr));
      gap: 8px;
      margin: 0 0 16px;
    }
    .figure {
      display: flex;
      flex-direction: column-reverse;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    .figure.warn {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    dt {
      font: var(--mat-sys-label-medium);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportFigures {
  readonly figures = input.required<ImportFigure[]>();
}
