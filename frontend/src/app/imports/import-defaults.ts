import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { ImportKind, Source, StudentStatus, StudyRoute } from '@pathway/contracts';
import { EventChoice } from '../events/picker/event-picker';
import { ImportDefaults } from './import-kinds';

/** The defaults of every kind in one form; each kind's page shows and sends only its own. */
export const importDefaultsForm = () =>
  new FormGroup({
    // Applicants and attendees.
    source: new FormControl<Source | null>(null),
    campaignId: new FormControl<string | null>(null),
    /** Applicants only: an attendee import's event is the page's. */
    event: new FormControl<EventChoice | null>(null),
    consentToContact: new FormControl(false, { nonNullable: true }),
    // Students.
    profession: new FormControl<string | null>(null),
    route: new FormControl<StudyRoute | null>(null),
    cohort: new FormControl<number | null>(null, [Validators.min(2000), Validators.max(2100), wholeNumber]),
    educationProvider: new FormControl('', { nonNullable: true }),
    status: new FormControl<Exclude<StudentStatus, 'withdrawn'> | null>(null),
  });

export type ImportDefaultsForm = ReturnType<typeof importDefaultsForm>;
export type ImportDefaultsValue = ReturnType<ImportDefaultsForm['getRawValue']>;

function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  return control.value === null || Number.isInteger(control.value) ? null : { wholeNumber: true };
}

/** What a kind's import sends as its defaults: only the values given, and only those that kind takes. */
export function importDefaults(kind: ImportKind, value: ImportDefaultsValue): ImportDefaults {
  if (kind === 'students') {
    const { profession, route, cohort, educationProvider, status } = value;
    return {
      ...(profession ? { profession } : {}),
      ...(route ? { route } : {}),
      ...(cohort !== null && Number.isInteger(cohort) ? { cohort } : {}),
      ...(educationProvider.trim() ? { educationProvider: educationProvider.trim() } : {}),
      ...(status ? { status } : {}),
    };
  }
  const { source, campaignId, event, consentToContact } = value;
  return {
    ...(source ? { source } : {}),
    ...(campaignId ? { campaignId } : {}),
    ...(kind === 'applicants' && event ? { eventId: event.id } : {}),
    ...(consentToContact ? { consentToContact } : {}),
  };
}
