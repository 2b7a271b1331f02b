import fc from 'fast-check';
import { CreateApplicantDto } from '../applicants/dto/create-applicant.dto';
import { quickApplicantInput } from './applicant-input-check';
import { validatePlain } from './validate-plain';

const UUID = '3f2b8c1e-9d4a-4c2b-8e7f-1a2b3c4d5e6f';

/** Values each field meets in real files and requests: ones the request takes, and nearly valid ones it refuses. */
const SAMPLES: Record<string, { valid: unknown[]; invalid: unknown[] }> = {
  firstName: {
    valid: ['Aoife', '  Zoë ', 'Jean-Luc', 'x'.repeat(100), '😀'.repeat(60)],
    invalid: ['', '   ', 'x'.repeat(101), '\uFE0F', 7, null, undefined],
  },
  lastName: { valid: ["O'Neil", 'Smith, Jr', 'Ångström', 'y'.repeat(100)], invalid: ['', 'y'.repeat(101), null] },
  email: {
    valid: ['a@example.org', ' A.B@Example.ORG ', 'jl.smith+fair@example.co.uk', null],
    invalid: ['not-an-email', 'a@b', 'a..b@example.org', `${'a'.repeat(65)}@x.org`, '', 3],
  },
  phone: {
    valid: ['07700 900001', '+44 (0)7700 900005', ' 0113 496 0000 ', '123456', null],
    invalid: ['12345', 'call me', '1'.repeat(41), ''],
  },
  audience: { valid: ['school_student', 'parent', null], invalid: ['alien', ''] },
  region: { valid: ['london', 'wales', null], invalid: ['mars'] },
  postcode: { valid: ['sw1a1aa', 'M1 1AE', ' LS1 4AP ', null], invalid: ['X', 'TOO LONG POSTCODE', 'ab-12'] },
  organisationId: { valid: [UUID, null], invalid: ['not-a-uuid'] },
  dateOfBirth: {
    valid: ['2008-04-01', '2009-12-31', null],
    invalid: ['2009-02-30', '2009-13-01', '01/04/2008', '2008-04-01T00:00:00Z', ''],
  },
  ageBand: { valid: ['16-18', null], invalid: ['ancient'] },
  professionsOfInterest: {
    valid: [[], ['podiatry'], ['podiatry', 'orthoptics'], [''], null],
    invalid: [['x'.repeat(61)], Array(16).fill('p'), [3], 'podiatry'],
  },
  source: { valid: ['import', 'event', null], invalid: ['carrier_pigeon'] },
  firstContactAt: { valid: ['2026-04-01', '2026-04-01T18:30:00Z', null], invalid: ['2026-02-30', 'yesterday'] },
  campaignId: { valid: [UUID, null], invalid: ['nope'] },
  eventId: { valid: [UUID, null], invalid: [''] },
  ownerId: { valid: [UUID, null], invalid: ['someone'] },
  consentToContact: { valid: [true, false, null], invalid: ['yes'] },
  wpFirstInFamily: { valid: [true, false, null], invalid: ['no'] },
  wpCareExperienced: { valid: [true, null], invalid: [1] },
  wpDisability: { valid: [false, null], invalid: ['false'] },
  wpEthnicity: { valid: ['  White British ', null], invalid: ['z'.repeat(101), 12] },
  tags: {
    valid: [[], ['fair-2026'], ['Open day', 'year_12'], null],
    invalid: [['-leading'], ['x'.repeat(41)], Array(21).fill('t'), 'fair'],
  },
  allowDuplicate: { valid: [true, null], invalid: ['true'] },
  notAField: { valid: [], invalid: ['anything'] },
};
const FIELDS = Object.keys(SAMPLES);

/** A line that passes except, sometimes, for a field or two (names always given, unless a fault removes one). */
const plainObject = fc
  .record(
    Object.fromEntries(
      Object.entries(SAMPLES)
        .filter(([, { valid }]) => valid.length)
        .map(([field, { valid }]) => [field, fc.constantFrom(...valid)]),
    ),
    { requiredKeys: ['firstName', 'lastName'] },
  )
  .chain((plain) =>
    fc
      .array(
        fc.constantFrom(...FIELDS).chain((field) =>
          fc.oneof(
            fc.constant([field, undefined, true] as const),
            fc.constantFrom(...SAMPLES[field].invalid).map((value) => [field, value, false] as const),
          ),
        ),
        { maxLength: 2 },
      )
      .map((faults) => {
        const faulty: Record<string, unknown> = { ...plain };
        for (const [field, value, remove] of faults) {
          if (remove) delete faulty[field];
          else faulty[field] = value;
        }
        return faulty;
      }),
  );

describe('quickApplicantInput', () => {
  it('passes exactly what the create request passes, with the same value', () => {
    const outcomes = { passed: 0, refused: 0 };
    fc.assert(
      fc.property(plainObject, (plain) => {
        const full = validatePlain(CreateApplicantDto, plain);
        const quick = quickApplicantInput(plain);
        if (full.errors.length) expect(quick).toBeNull();
        else expect(quick).toStrictEqual(full.value);
        outcomes[full.errors.length ? 'refused' : 'passed']++;
      }),
      { numRuns: 5_000 },
    );
    // Both sides were tried, many times.
    expect(outcomes.passed).toBeGreaterThan(1_000);
    expect(outcomes.refused).toBeGreaterThan(1_000);
  });

  it('passes a typical imported line, trimmed and lower-cased as the request would be', () => {
    const plain = {
      firstName: ' Aoife ',
      lastName: "O'Neil",
      email: ' Aoife@Example.org',
      dateOfBirth: '2008-04-01',
      tags: ['fair'],
      source: 'import',
    };
    expect(quickApplicantInput(plain)).toStrictEqual(validatePlain(CreateApplicantDto, plain).value);
    expect(quickApplicantInput(plain)).toMatchObject({ firstName: 'Aoife', email: 'aoife@example.org' });
  });

  it('leaves a line without its names to the full validation', () => {
    expect(quickApplicantInput({ firstName: 'Aoife' })).toBeNull();
    expect(quickApplicantInput({ lastName: 'Bloggs', firstName: undefined })).toBeNull();
  });
});
