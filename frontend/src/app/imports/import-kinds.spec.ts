import { convertToParamMap, ActivatedRoute } from '@angular/router';
import { defaultedFields, importTargetFromRoute, importTitle, importWhat } from './import-kinds';

const route = (data: Record<string, unknown>, params: Record<string, string> = {}) =>
  ({ snapshot: { data, paramMap: convertToParamMap(params) } }) as unknown as ActivatedRoute;

describe('import kinds', () => {
  it("reads the kind from the route's data, and an attendee import's event from its id", () => {
    expect(importTargetFromRoute(route({ importKind: 'students' }))).toEqual({ kind: 'students' });
    expect(importTargetFromRoute(route({ importKind: 'attendees' }, { id: 'e1' }))).toEqual({
      kind: 'attendees',
      eventId: 'e1',
    });
    // Only an attendee import belongs to an event; anything unknown is an applicant import.
    expect(importTargetFromRoute(route({ importKind: 'students' }, { id: 'e1' }))).toEqual({ kind: 'students' });
    expect(importTargetFromRoute(route({}))).toEqual({ kind: 'applicants' });
    expect(importTargetFromRoute(route({ importKind: 'surveys' }))).toEqual({ kind: 'applicants' });
  });

  it('titles each page and names each listed import', () => {
    expect(importTitle('applicants')).toBe('Import applicants');
    expect(importTitle('students')).toBe('Import students');
    expect(importTitle('attendees', 'Radiography open evening')).toBe('Import attendees of Radiography open evening');
    expect(importTitle('attendees', null)).toBe('Import attendees');
    expect(importWhat('applicants', null)).toBe('Applicants');
    expect(importWhat('attendees', { title: 'Careers fair' })).toBe('Attendees of Careers fair');
    expect(importWhat('students', null)).toBe('Students');
  });

  it("counts the defaults that fill in one of the kind's fields", () => {
    expect([...defaultedFields('students', { profession: 'podiatry', cohort: 2026, educationProvider: '' })]).toEqual([
      'profession',
      'cohort',
    ]);
    expect([...defaultedFields('applicants', { source: 'event', campaignId: 'c1', consentToContact: true })]).toEqual([
      'source',
      'consentToContact',
    ]);
  });
});
