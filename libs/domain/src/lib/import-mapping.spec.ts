import {
  guessImportField,
  guessImportMapping,
  importBoolean,
  importDate,
  importList,
  normaliseHeader,
} from './import-mapping';

describe('guessImportField', () => {
  it.each([
    ['First Name', 'firstName'],
    ['Forename', 'firstName'],
    ['Surname', 'lastName'],
    ['Last name', 'lastName'],
    ['Email Address', 'email'],
    ['E-mail', 'email'],
    ['Mobile', 'phone'],
    ['Phone', 'phone'],
    ['Post Code', 'postcode'],
    ['Postcode', 'postcode'],
    ['Date of birth', 'dateOfBirth'],
    ['DOB', 'dateOfBirth'],
    ['  email address: ', 'email'],
    ['\uFEFFFirst Name', 'firstName'],
  ])('reads "%s" as %s', (header, field) => {
    expect(guessImportField(header)).toBe(field);
  });

  it('leaves unknown headers unmapped', () => {
    expect(guessImportField('Favourite colour')).toBeNull();
    expect(guessImportField('')).toBeNull();
  });
});

describe('guessImportMapping', () => {
  it('maps every header, each field once', () => {
    expect(guessImportMapping(['Forename', 'Surname', 'Mobile', 'Phone', 'Notes'])).toEqual({
      Forename: 'firstName',
      Surname: 'lastName',
      Mobile: 'phone',
      Phone: null,
      Notes: null,
    });
  });
});

describe('guessImportMapping per kind', () => {
  it("reads an attendee export's booking and check-in columns, not as first contact", () => {
    expect(guessImportMapping(['First Name', 'Last Name', 'Registered', 'Checked In'], 'attendees')).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Registered: 'registeredAt',
      'Checked In': 'checkedIn',
    });
    // The same header in an applicant import is the date of first contact, and check-in means nothing there.
    expect(guessImportMapping(['Registered', 'Checked In'])).toEqual({
      Registered: 'firstContactAt',
      'Checked In': null,
    });
  });

  it("reads a university's enrolment list as students", () => {
    expect(
      guessImportMapping(
        ['Forename', 'Surname', 'Programme', 'Mode of study', 'Intake', 'University', 'Status', 'Mobile'],
        'students',
      ),
    ).toEqual({
      Forename: 'firstName',
      Surname: 'lastName',
      Programme: 'profession',
      'Mode of study': 'route',
      Intake: 'cohort',
      University: 'educationProvider',
      Status: 'status',
      Mobile: null,
    });
    expect(guessImportField('Profession', 'applicants')).toBe('professionsOfInterest');
    expect(guessImportField('Profession', 'students')).toBe('profession');
  });
});

describe('normaliseHeader', () => {
  it('keeps only lower-case words', () => {
    expect(normaliseHeader('E-Mail_Address?')).toBe('e mail address');
  });
});

describe('importDate', () => {
  const today = new Date('2026-11-25T00:00:00Z');
  it.each([
    ['2008-04-01', '2008-04-01'],
    ['01/04/2008', '2008-04-01'],
    ['1.4.2008', '2008-04-01'],
    ['1-4-08', '2008-04-01'],
    ['1/4/95', '1995-04-01'],
    [' 31/12/2009 ', '2009-12-31'],
  ])('reads %s as %s', (value, iso) => {
    expect(importDate(value, today)).toBe(iso);
  });

  it('returns other text unchanged for the validators', () => {
    expect(importDate('next Tuesday', today)).toBe('next Tuesday');
  });
});

describe('importBoolean', () => {
  it.each([
    ['Yes', true],
    ['y', true],
    ['TRUE', true],
    ['1', true],
    ['No', false],
    ['', false],
    ['0', false],
    ['maybe', null],
  ])('reads %s as %s', (value, expected) => {
    expect(importBoolean(value)).toBe(expected);
  });
});

describe('importList', () => {
  it('splits on semicolons and commas and drops blanks', () => {
    expect(importList('podiatry; radiography,, ')).toEqual(['podiatry', 'radiography']);
    expect(importList('')).toEqual([]);
  });
});
