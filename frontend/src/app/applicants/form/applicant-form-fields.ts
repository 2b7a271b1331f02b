import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  AUDIENCE_LABELS,
  AUDIENCES,
  ConsentDto,
  PRIVACY_NOTICE_VERSION,
  REGION_LABELS,
  REGIONS,
  SOURCE_LABELS,
  SOURCES,
} from '@pathway/contracts';
import { campaignChoices } from '../../campaigns/campaign-choices';
import { EventPicker } from '../../events/picker/event-picker';
import { provideBritishDates } from '../../core/format/british-date-adapter';
import { DateTimePipe } from '../../core/format/date-time.pipe';
import { fieldError } from '../../core/forms/field-error';
import { ReferenceStore } from '../../reference/reference-store';
import { ApplicantForm, ETHNICITY_MAX_LENGTH } from './applicant-form';
import { OrganisationField } from './organisation-field';
import { TagsField } from './tags-field';

/**
 * How the widening-participation section appears: not at all (the person may not see special-category data),
 * behind a button that fetches it (editing), or as fields to fill in (adding, or once fetched).
 */
export type WideningParticipationMode = 'none' | 'locked' | 'editable';

/** The applicant form's sections, shared by the add and edit pages. */
@Component({
  selector: 'pw-applicant-form-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    MatCheckboxModule,
    MatRadioModule,
    MatChipsModule,
    MatIconModule,
    MatButtonModule,
    OrganisationField,
    TagsField,
    EventPicker,
    DateTimePipe,
  ],
  providers: [provideBritishDates()],
  templateUrl: './applicant-form-fields.html',
  styleUrl: './applicant-form-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantFormFields {
  readonly form = input.required<ApplicantForm>();
  readonly wideningParticipation = input<WideningParticipationMode>('none');
  /** The consent on record, when editing someone. */
  readonly consent = input<ConsentDto | null>(null);
  readonly revealWideningParticipation = output();

  private readonly reference = inject(ReferenceStore);
  protected readonly professions = this.reference.professions;
  protected readonly owners = this.reference.owners;
  protected readonly campaigns = campaignChoices();
  protected readonly audiences = AUDIENCES;
  protected readonly audienceLabels = AUDIENCE_LABELS;
  protected readonly ageBands = AGE_BANDS;
  protected readonly ageBandLabels = AGE_BAND_LABELS;
  protected readonly regions = REGIONS;
  protected readonly regionLabels = REGION_LABELS;
  protected readonly sources = SOURCES;
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly privacyNoticeVersion = PRIVACY_NOTICE_VERSION;
  protected readonly ethnicityMaxLength = ETHNICITY_MAX_LENGTH;
  protected readonly today = new Date();
  protected readonly fieldError = fieldError;
  protected readonly wpQuestions = [
    { control: 'wpFirstInFamily', label: 'First in their family to go to university' },
    { control: 'wpCareExperienced', label: 'Care-experienced' },
    { control: 'wpDisability', label: 'Disability' },
  ] as const;

  constructor() {
    // Meeting someone at an event says where they came from: fill in the source and the event's campaign when not set.
    effect((onCleanup) => {
      const { event, campaignId, source } = this.form().controls;
      const subscription = event.valueChanges.subscribe((chosen) => {
        if (chosen && !source.value) {
          source.setValue('event');
          source.markAsDirty();
        }
        if (chosen?.campaignId && !campaignId.value) {
          campaignId.setValue(chosen.campaignId);
          campaignId.markAsDirty();
        }
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
