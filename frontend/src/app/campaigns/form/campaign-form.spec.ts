import { FormBuilder } from '@angular/forms';
import { CampaignDto } from '@pathway/contracts';
import {
  buildCampaignForm,
  campaignFormValueFrom,
  changedCampaignFields,
  createCampaignRequestFrom,
  ENDS_BEFORE_START,
} from './campaign-form';

describe('campaign form', () => {
  const build = () => {
    const form = buildCampaignForm(new FormBuilder().nonNullable);
    form.patchValue({ name: 'Spring push', startsOn: new Date(2027, 2, 1), endsOn: new Date(2027, 4, 31) });
    return form;
  };

  it('refuses an end date before the start date but allows the same day', () => {
    const form = build();
    expect(form.valid).toBe(true);
    form.patchValue({ endsOn: new Date(2027, 1, 28) });
    expect(form.errors).toEqual({ endsBeforeStart: ENDS_BEFORE_START });
    form.patchValue({ endsOn: new Date(2027, 2, 1) });
    expect(form.valid).toBe(true);
  });

  it('takes whole numbers of 0 or more for the budget and targets', () => {
    const form = build();
    form.controls.budget.setValue(1500.5);
    form.controls.targets.controls.events.setValue(-1);
    expect(form.controls.budget.hasError('invalid')).toBe(true);
    expect(form.controls.targets.controls.events.hasError('invalid')).toBe(true);
    form.controls.budget.setValue(1500);
    form.controls.targets.controls.events.setValue(0);
    expect(form.valid).toBe(true);
  });

  it('sends days as YYYY-MM-DD and empty targets as "no target"', () => {
    const form = build();
    form.controls.targets.patchValue({ events: 12, applications: 40 });
    expect(createCampaignRequestFrom(form.getRawValue())).toEqual({
      name: 'Spring push',
      startsOn: '2027-03-01',
      endsOn: '2027-05-31',
      targets: { events: 12, youngPeople: null, educators: null, seriousConversations: null, applications: 40 },
    });
  });

  it('sends back only what changed', () => {
    const campaign = {
      name: 'Spring push',
      description: null,
      startsOn: '2027-03-01',
      endsOn: '2027-05-31',
      budget: 5000,
      targets: { events: 12, youngPeople: null, educators: null, seriousConversations: null, applications: 40 },
    } as CampaignDto;
    const form = build();
    form.setValue(campaignFormValueFrom(campaign));
    expect(changedCampaignFields(campaign, form.getRawValue())).toEqual({});

    form.patchValue({ budget: 6000 });
    form.controls.targets.patchValue({ youngPeople: 900 });
    expect(changedCampaignFields(campaign, form.getRawValue())).toEqual({
      budget: 6000,
      targets: { events: 12, youngPeople: 900, educators: null, seriousConversations: null, applications: 40 },
    });
  });
});
