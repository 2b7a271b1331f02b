import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  EVENT_FORMAT_LABELS,
  EVENT_FORMATS,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
  REGION_LABELS,
  REGIONS,
} from '@pathway/contracts';
import { campaignChoices } from '../../campaigns/campaign-choices';
import { provideBritishDates } from '../../core/format/british-date-adapter';
import { fieldError } from '../../core/forms/field-error';
import { ReferenceStore } from '../../reference/reference-store';
import { EventForm } from './event-form';
import { HostOrganisationField } from './host-organisation-field';

/** Shows a field as wrong when it is, or when the form-level rule it takes part in is broken. */
function matcherFor(formError: string): ErrorStateMatcher {
  return {
    isErrorState: (control: AbstractControl | null) =>
      !!control && (control.touched || control.dirty) && (control.invalid || !!control.parent?.hasError(formError)),
  };
}

/** The fields of the event form, shared by the "New event" and "Edit event" pages. */
@Component({
  selector: 'pw-event-form-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    MatSlideToggleModule,
    MatIconModule,
    HostOrganisationField,
  ],
  providers: [provideBritishDates()],
  templateUrl: './event-form-fields.html',
  styleUrl: './event-form-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventFormFields {
  readonly form = input.required<EventForm>();

  protected readonly types = EVENT_TYPES;
  protected readonly typeLabels = EVENT_TYPE_LABELS;
  protected readonly formats = EVENT_FORMATS;
  protected readonly formatLabels = EVENT_FORMAT_LABELS;
  protected readonly regions = REGIONS;
  protected readonly regionLabels = REGION_LABELS;
  protected readonly professions = inject(ReferenceStore).professions;
  protected readonly campaigns = campaignChoices();
  protected readonly fieldError = fieldError;
  protected readonly endMatcher = matcherFor('endBeforeStart');
  protected readonly takenMatcher = matcherFor('takenOverDistributed');

  constructor() {
    const destroyRef = inject(DestroyRef);
    // A new event usually ends on the day it starts: fill the end day in once the start day is chosen.
    effect((onCleanup) => {
      const { startDate, endDate } = this.form().controls;
      const subscription = startDate.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((day) => {
        if (day && !endDate.value) {
          endDate.setValue(day);
        }
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  /** The message under the end date: its own problem first, then "end before start" (the end time just turns red). */
  protected endError(control: AbstractControl, label: string): string {
    return control.invalid ? fieldError(control, label) : (this.form().getError('endBeforeStart') ?? '');
  }

  protected takenError(): string {
    const control = this.form().controls.leafletsTaken;
    return control.invalid
      ? fieldError(control, 'Leaflets taken')
      : (this.form().getError('takenOverDistributed') ?? '');
  }

  /** "40% taken" under the leaflets, once some were handed out. */
  protected takeUp(): string {
    const { leafletsDistributed, leafletsTaken } = this.form().getRawValue();
    return leafletsDistributed && leafletsTaken !== null && leafletsTaken <= leafletsDistributed
      ? `${Math.round((leafletsTaken / leafletsDistributed) * 100)}% taken`
      : '';
  }
}
