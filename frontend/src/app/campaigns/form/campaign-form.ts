import { inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { CampaignDto, CampaignTargets, CampaignWriteFields, CreateCampaignRequest } from '@pathway/contracts';
import { startOfDay, toDay } from '../../core/format/calendar-day';
import { TARGET_KEYS } from '../campaign-progress';

export const NAME_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 2000;
export const ENDS_BEFORE_START = 'The end date cannot be before the start date';

/** Empty, or a whole number of 0 or more (budgets in pounds, targets). */
export const wholeNumberOrEmpty: ValidatorFn = (control) => {
  const value: unknown = control.value;
  return value === null || value === '' || (Number.isInteger(value) && (value as number) >= 0)
    ? null
    : { invalid: 'Enter a whole number of 0 or more, or leave it empty' };
};

/** On the form: the campaign does not end before it starts (ending on the day it starts is fine). */
export const endsNotBeforeStart: ValidatorFn = (form: AbstractControl): ValidationErrors | null => {
  const startsOn: Date | null = form.get('startsOn')?.value ?? null;
  const endsOn: Date | null = form.get('endsOn')?.value ?? null;
  return startsOn && endsOn && toDay(endsOn) < toDay(startsOn) ? { endsBeforeStart: ENDS_BEFORE_START } : null;
};

export function buildCampaignForm(fb: NonNullableFormBuilder = inject(NonNullableFormBuilder)) {
  const target = () => [null as number | null, wholeNumberOrEmpty];
  return fb.group(
    {
      name: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
      description: ['', Validators.maxLength(DESCRIPTION_MAX_LENGTH)],
      startsOn: [null as Date | null, Validators.required],
      endsOn: [null as Date | null, Validators.required],
      budget: [null as number | null, wholeNumberOrEmpty],
      targets: fb.group({
        events: target(),
        youngPeople: target(),
        educators: target(),
        seriousConversations: target(),
        applications: target(),
      }),
    },
    { validators: endsNotBeforeStart },
  );
}

export type CampaignForm = ReturnType<typeof buildCampaignForm>;
export type CampaignFormValue = ReturnType<CampaignForm['getRawValue']>;
type CampaignFields = Required<Omit<CampaignWriteFields, 'targets'>> & { targets: CampaignTargets };

/** The form's answers as API fields (call it on a valid form); an empty target means "no target". */
export function campaignFieldsFrom(value: CampaignFormValue): CampaignFields {
  const targets = {} as CampaignTargets;
  for (const key of TARGET_KEYS) {
    targets[key] = value.targets[key] ?? null;
  }
  return {
    name: value.name.trim(),
    description: value.description.trim() || null,
    startsOn: toDay(value.startsOn),
    endsOn: toDay(value.endsOn),
    budget: value.budget,
    targets,
  };
}

export function createCampaignRequestFrom(value: CampaignFormValue): CreateCampaignRequest {
  const { description, budget, ...rest } = campaignFieldsFrom(value);
  return { ...rest, ...(description ? { description } : {}), ...(budget !== null ? { budget } : {}) };
}

/** The fields that differ from the campaign as loaded; targets go as a whole when any of them changed. */
export function changedCampaignFields(campaign: CampaignDto, value: CampaignFormValue): Partial<CampaignWriteFields> {
  const after = campaignFieldsFrom(value);
  const changes: Partial<CampaignWriteFields> = {};
  for (const key of Object.keys(after) as (keyof CampaignFields)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(campaign[key])) {
      Object.assign(changes, { [key]: after[key] });
    }
  }
  return changes;
}

export function campaignFormValueFrom(campaign: CampaignDto): CampaignFormValue {
  return {
    name: campaign.name,
    description: campaign.description ?? '',
    startsOn: startOfDay(campaign.startsOn),
    endsOn: startOfDay(campaign.endsOn),
    budget: campaign.budget,
    targets: { ...campaign.targets },
  };
}
