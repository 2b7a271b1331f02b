import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  AUDIENCE_LABELS,
  CampaignDto,
  AUDIENCES,
  REGION_LABELS,
  REGIONS,
  SOURCE_LABELS,
  SOURCES,
  STAGE_LABELS,
  STAGES,
} from '@pathway/contracts';
import { debounceTime, filter, map } from 'rxjs';
import { ReferenceStore } from '../../reference/reference-store';
import { ApplicantFilters, normaliseTag, OWNER_ME } from './applicant-filters';

/** Sort orders offered where there are no column headers to click (the phone layout). */
export const SORT_CHOICES: readonly { value: string; label: string }[] = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: 'lastName', label: 'Last name, A to Z' },
  { value: '-lastName', label: 'Last name, Z to A' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: '-firstContactAt', label: 'Recent first contact' },
  { value: 'stageChangedAt', label: 'Longest in their stage' },
];

/** The applicants list's filter fields; every change goes straight to the URL through `changed`. */
@Component({
  selector: 'pw-applicant-filter-controls',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatSlideToggleModule],
  templateUrl: './applicant-filter-controls.html',
  styleUrl: './applicant-filter-controls.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantFilterControls {
  readonly filters = input.required<ApplicantFilters>();
  /** Offer a sort order (when the table's headers are not shown). */
  readonly showSort = input(false);
  /** Campaigns to filter by (none for people who may not read campaigns). */
  readonly campaigns = input<readonly CampaignDto[]>([]);
  readonly changed = output<Partial<ApplicantFilters>>();

  private readonly reference = inject(ReferenceStore);
  protected readonly professions = this.reference.professions;
  protected readonly owners = this.reference.owners;
  protected readonly ownerMe = OWNER_ME;
  protected readonly stages = STAGES;
  protected readonly stageLabels = STAGE_LABELS;
  protected readonly sources = SOURCES;
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly regions = REGIONS;
  protected readonly regionLabels = REGION_LABELS;
  protected readonly audiences = AUDIENCES;
  protected readonly audienceLabels = AUDIENCE_LABELS;
  protected readonly sortChoices = SORT_CHOICES;
  protected readonly tag = new FormControl('', { nonNullable: true });

  constructor() {
    this.tag.valueChanges
      .pipe(
        debounceTime(400),
        map(normaliseTag),
        filter((tag) => tag !== this.filters().tag),
        takeUntilDestroyed(),
      )
      .subscribe((tag) => this.set({ tag }));

    // The URL can change without typing here (a removed chip, "Clear filters", the back button).
    effect(() => {
      const tag = this.filters().tag;
      untracked(() => {
        if (normaliseTag(this.tag.value) !== tag) {
          this.tag.setValue(tag, { emitEvent: false });
        }
      });
    });
  }

  protected set(changes: Partial<ApplicantFilters>): void {
    this.changed.emit({ ...changes, page: 1 });
  }
}
