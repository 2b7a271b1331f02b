import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

/**
 * What every report page shares: its heading, the CSV download, the filter bar (the projected `pw-report-filter-fields`), and the
 * loading, error and empty states around the figures (the default content, shown once there are some).
 */
@Component({
  selector: 'pw-report-frame',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink],
  templateUrl: './report-frame.html',
  styleUrl: './report-frame.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFrame {
  readonly heading = input.required<string>();
  readonly description = input('');
  readonly loading = input(false);
  readonly loadError = input('');
  /** The report arrived and has nothing to show. */
  readonly empty = input(false);
  readonly emptyText = input('Nothing to report for these filters');
  readonly filtered = input(false);
  readonly downloading = input(false);
  readonly downloadError = input('');

  readonly retry = output<void>();
  readonly download = output<void>();
  readonly clearFilters = output<void>();
}
