import { FormBuilder } from '@angular/forms';
import { EventDto } from '@pathway/contracts';
import {
  buildEventForm,
  changedEventFields,
  createEventRequestFrom,
  END_BEFORE_START,
  eventFieldsFrom,
  eventFormValueFrom,
  TAKEN_OVER_DISTRIBUTED,
} from './event-form';

describe('event form', () => {
  const build = () => {
    const form = buildEventForm(new FormBuilder().nonNullable);
    form.patchValue({
      title: 'Careers fair',
      type: 'careers_fair',
      startDate: new Date(2027, 2, 1),
      startTime: '10:00',
      endDate: new Date(2027, 2, 1),
      endTime: '12:30',
    });
    return form;
  };

  it('is valid with a title, a type and a start and end', () => {
    expect(build().valid).toBe(true);
  });

  it('refuses an end before the start, on the same day or an earlier one', () => {
    const form = build();
    form.patchValue({ endTime: '09:59' });
    expect(form.errors).toEqual({ endBeforeStart: END_BEFORE_START });

    form.patchValue({ endTime: '10:00' });
    expect(form.errors).toBeNull();

    form.patchValue({ endDate: new Date(2027, 1, 28), endTime: '23:00' });
    expect(form.hasError('endBeforeStart')).toBe(true);
  });

  it('refuses more leaflets taken than distributed', () => {
    const form = build();
    form.patchValue({ leafletsDistributed: 100, leafletsTaken: 101 });
    expect(form.errors).toEqual({ takenOverDistributed: TAKEN_OVER_DISTRIBUTED });
    form.patchValue({ leafletsTaken: 100 });
    expect(form.errors).toBeNull();
    form.patchValue({ leafletsDistributed: null, leafletsTaken: 1 });
    expect(form.hasError('takenOverDistributed')).toBe(true);
  });

  it.each([
    [-1, false],
    [2.5, false],
    [0, true],
    [null, true],
    [40, true],
  ])('accepts %p as a count: %p', (value, valid) => {
    const form = build();
    form.controls.youngPeople.setValue(value);
    expect(form.controls.youngPeople.valid).toBe(valid);
  });

  it('accepts no capacity or a whole number of 1 or more', () => {
    const form = build();
    form.controls.capacity.setValue(0);
    expect(form.controls.capacity.hasError('invalid')).toBe(true);
    form.controls.capacity.setValue(30);
    expect(form.controls.capacity.valid).toBe(true);
  });

  it('sends times as ISO instants and leaves out what was not filled in', () => {
    const request = createEventRequestFrom(build().getRawValue());
    expect(request).toEqual({
      title: 'Careers fair',
      type: 'careers_fair',
      format: 'in_person',
      startsAt: new Date(2027, 2, 1, 10, 0).toISOString(),
      endsAt: new Date(2027, 2, 1, 12, 30).toISOString(),
      youngPeople: 0,
      educators: 0,
      others: 0,
      leafletsDistributed: 0,
      leafletsTaken: 0,
      registrationOpen: true,
    });
  });

  it('fills in from an event and sends back only what changed', () => {
    const event = {
      title: 'Open day',
      type: 'open_day',
      format: 'in_person',
      startsAt: new Date(2027, 4, 2, 9, 30).toISOString(),
      endsAt: new Date(2027, 4, 2, 15, 0).toISOString(),
      region: 'london',
      venue: 'Main hall',
      hostOrganisationId: 'org-1',
      hostOrganisationName: 'Northfield Academy',
      campaignId: null,
      professions: ['podiatry'],
      youngPeople: 10,
      educators: 2,
      others: 0,
      leafletsDistributed: 50,
      leafletsTaken: 20,
      registrationOpen: true,
      capacity: 80,
    } as unknown as EventDto;
    const form = build();
    form.patchValue(eventFormValueFrom(event));
    expect(form.getRawValue()).toMatchObject({ startTime: '09:30', endTime: '15:00', venue: 'Main hall' });
    const before = eventFieldsFrom(form.getRawValue());
    expect(before.hostOrganisationId).toBe('org-1');

    form.patchValue({ youngPeople: 12, endTime: '16:00' });
    expect(changedEventFields(before, eventFieldsFrom(form.getRawValue()))).toEqual({
      endsAt: new Date(2027, 4, 2, 16, 0).toISOString(),
      youngPeople: 12,
    });
  });
});
