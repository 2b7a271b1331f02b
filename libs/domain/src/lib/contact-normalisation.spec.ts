import { nameAndBirthKey, normaliseEmail, normalisePhone, normalisePostcode, searchTerms, searchWords } from './contact-normalisation';

describe('normalisePhone', () => {
  it.each([
    ['07700 900123', '07700900123'],
    ['+44 7700 900123', '07700900123'],
    ['+44 (0)7700-900-123', '07700900123'],
    ['0044 7700 900123', '07700900123'],
    ['447700900123', '07700900123'],
    ['(0191) 498 0000', '01914980000'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it('ignores blanks and fragments', () => {
    expect(normalisePhone('')).toBeNull();
    expect(normalisePhone(null)).toBeNull();
    expect(normalisePhone('12')).toBeNull();
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['sw1a1aa', 'SW1A 1AA'],
    [' M1  1AE ', 'M1 1AE'],
    ['b33 8th', 'B33 8TH'],
    ['cr2 6xh', 'CR2 6XH'],
    ['dn55 1pt', 'DN55 1PT'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it('keeps what is not a UK postcode, trimmed and upper-cased', () => {
    expect(normalisePostcode(' bfpo 801 ')).toBe('BFPO 801');
    expect(normalisePostcode('  ')).toBeNull();
  });
});

describe('normaliseEmail and nameAndBirthKey', () => {
  it('lower-cases and trims emails', () => {
    expect(normaliseEmail('  Jo.Bloggs@Example.ORG ')).toBe('jo.bloggs@example.org');
    expect(normaliseEmail(' ')).toBeNull();
  });

  it('matches names however they were typed', () => {
    expect(nameAndBirthKey('Zoë', "O'Neill", '2008-04-01')).toBe(nameAndBirthKey('zoe', 'ONEILL', '2008-04-01'));
    expect(nameAndBirthKey('Zoe', 'Oneill', null)).toBeNull();
  });
});

describe('searchTerms and searchWords', () => {
  const terms = searchTerms({ firstName: 'Zoë', lastName: 'Smith-Jones', email: 'Zoe.SJ@School.org.uk', phone: '+44 7700 900123', postcode: 'sw1a 1aa' });

  it('indexes every word of the name, the email and its parts, the phone both ways and the postcode both ways', () => {
    expect(terms).toEqual(
      expect.arrayContaining(['zoe', 'smith', 'jones', 'zoe.sj@school.org.uk', 'sj', 'school', '07700900123', '447700900123', 'sw1a 1aa', 'sw1a1aa']),
    );
  });

  it('finds by the start of any of those terms', () => {
    const matches = (query: string) => searchWords(query).every((word) => terms.some((term) => term.startsWith(word)));
    expect(matches('smi')).toBe(true);
    expect(matches('JON')).toBe(true);
    expect(matches('zoe smith')).toBe(true);
    expect(matches('07700 900')).toBe(true);
    expect(matches('+44 7700 900123')).toBe(true);
    expect(matches('sw1a')).toBe(true);
    expect(matches('mith')).toBe(false);
    expect(matches('zoe brown')).toBe(false);
  });

  it('ignores an empty query and caps the number of words', () => {
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords('a b c d e f g')).toHaveLength(5);
  });
});
