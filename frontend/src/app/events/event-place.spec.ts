import { eventPlace } from './event-place';

describe('eventPlace', () => {
  it('names the venue and a different host', () => {
    expect(eventPlace({ format: 'in_person', venue: 'Main hall', hostOrganisationName: 'Northfield Academy' })).toBe(
      'Main hall, hosted by Northfield Academy',
    );
  });

  it('names one place once', () => {
    expect(
      eventPlace({ format: 'in_person', venue: 'Northfield Academy', hostOrganisationName: 'Northfield academy' }),
    ).toBe('Northfield Academy');
    expect(eventPlace({ format: 'in_person', venue: null, hostOrganisationName: 'Northfield Academy' })).toBe(
      'Northfield Academy',
    );
  });

  it('says "Online" for a virtual event with no venue', () => {
    expect(eventPlace({ format: 'virtual', venue: null, hostOrganisationName: null })).toBe('Online');
    expect(eventPlace({ format: 'in_person', venue: ' ', hostOrganisationName: null })).toBe('');
  });
});
