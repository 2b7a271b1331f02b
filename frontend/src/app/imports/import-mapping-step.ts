import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ImportField,
  SOURCE_LABELS,
  SOURCES,
  STUDENT_STATUS_LABELS,
  STUDENT_STATUSES,
  STUDY_ROUTE_LABELS,
  STUDY_ROUTES,
} from '@pathway/contracts';
import { campaignChoices } from '../campaigns/campaign-choices';
import { CountPipe } from '../core/format/count.pipe';
import { EventPicker } from '../events/picker/event-picker';
import { ReferenceStore } from '../reference/reference-store';
import { IMPORT_FIELD_LABELS } from './import-fields';
import { ImportStore } from './import-store';

/** A select shows a null value as empty, so "ignore" has a value of its own. */
const IGNORE = 'ignore';

/** One field per CSV column to say what it holds, the first rows as they will be read, and values for every row. */
@Component({
  selector: 'pw-import-mapping-step',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatInputModule,
    MatSelectModule,
    EventPicker,
    CountPipe,
  ],
  templateUrl: './import-mapping-step.html',
  styleUrl: './import-mapping-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportMappingStep {
  protected readonly store = inject(ImportStore);
  /** The dry run is ready: on to the review. */
  readonly checked = output<void>();
  readonly back = output<void>();

  protected readonly ignore = IGNORE;
  protected readonly kind = this.store.kind;
  protected readonly fields = this.store.config.fields;
  protected readonly fieldLabels = IMPORT_FIELD_LABELS;
  protected readonly sources = SOURCES;
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly campaigns = campaignChoices();
  /** Only a student import asks for reference data (the professions). */
  protected readonly professions = this.kind === 'students' ? inject(ReferenceStore).professions : signal([]);
  protected readonly routes = STUDY_ROUTES;
  protected readonly routeLabels = STUDY_ROUTE_LABELS;
  /** A withdrawn student is not imported, so it is no default either. */
  protected readonly statuses = STUDENT_STATUSES.filter((status) => status !== 'withdrawn');
  protected readonly statusLabels = STUDENT_STATUS_LABELS;
  protected readonly form = this.store.defaultsForm;

  protected readonly headers = computed(() => this.store.preview()?.headers ?? []);
  protected readonly rows = computed(() => this.store.preview()?.sampleRows ?? []);
  /** Fields chosen for more than one column, to mark those columns. */
  private readonly repeated = computed(() => {
    const seen = Object.values(this.store.mapping()).filter((field): field is ImportField => !!field);
    return new Set(seen.filter((field, index) => seen.indexOf(field) !== index));
  });

  protected samples(column: number): string {
    const values = this.rows()
      .map((row) => row[column]?.trim())
      .filter(Boolean)
      .slice(0, 3);
    return values.length ? `e.g. ${values.join(', ')}` : 'Empty in the first rows';
  }

  protected isRepeated(header: string): boolean {
    const field = this.store.mapping()[header];
    return !!field && this.repeated().has(field);
  }

  protected mappedLabel(header: string): string {
    const field = this.store.mapping()[header];
    return field ? IMPORT_FIELD_LABELS[field] : 'Ignored';
  }

  protected choose(header: string, value: ImportField | typeof IGNORE): void {
    this.store.setMapping(header, value === IGNORE ? null : value);
  }

  protected async check(): Promise<void> {
    if (await this.store.check()) this.checked.emit();
  }
}
