import {
  arrayMaxSize,
  isArray,
  isBoolean,
  isEmail,
  isIn,
  isISO8601,
  isString,
  isUUID,
  matches,
  maxLength,
  minLength,
} from 'class-validator';
import { AGE_BANDS, AUDIENCES, REGIONS, SOURCES } from '@pathway/contracts';
import { APPLICANT_FIELD_RULES as RULES } from '../applicants/dto/applicant-fields.dto';
import { CreateApplicantDto } from '../applicants/dto/create-applicant.dto';

/** One field of the create request: whether it may be left out, how it is transformed, and whether it passes. */
interface FieldRule {
  optional: boolean;
  transform?: (value: string) => string;
  passes: (value: unknown) => boolean;
}

const trim = (value: string) => value.trim();
const lowerCaseTrim = (value: string) => value.trim().toLowerCase();

const name = (value: unknown) => isString(value) && minLength(value, 1) && maxLength(value, RULES.nameMaxLength);
const oneOf = (values: readonly string[]) => (value: unknown) => isIn(value, [...values]);
const uuid = (value: unknown) => isUUID(value, 'all');
const matching = (pattern: RegExp) => (value: unknown) => isString(value) && matches(value, pattern);
const everyString = (value: unknown, passes: (item: string) => boolean) =>
  isArray(value) && value.every((item) => isString(item) && passes(item));

/**
 * CreateApplicantDto's rules, checked with the same class-validator functions its decorators call. A test holds the
 * two together: whatever passes here also passes the DTO, with the same value.
 */
const RULES_BY_FIELD: Record<keyof CreateApplicantDto, FieldRule> = {
  firstName: { optional: false, transform: trim, passes: name },
  lastName: { optional: false, transform: trim, passes: name },
  email: {
    optional: true,
    transform: lowerCaseTrim,
    passes: (value) => isEmail(value, {}) && maxLength(value, RULES.emailMaxLength),
  },
  phone: { optional: true, transform: trim, passes: matching(RULES.phone) },
  audience: { optional: true, passes: oneOf(AUDIENCES) },
  region: { optional: true, passes: oneOf(REGIONS) },
  postcode: { optional: true, transform: trim, passes: matching(RULES.postcode) },
  organisationId: { optional: true, passes: uuid },
  dateOfBirth: {
    optional: true,
    passes: (value) => isISO8601(value, { strict: true }) && matching(RULES.date)(value),
  },
  ageBand: { optional: true, passes: oneOf(AGE_BANDS) },
  professionsOfInterest: {
    optional: true,
    passes: (value) =>
      arrayMaxSize(value, RULES.professionsMaxCount) &&
      everyString(value, (code) => maxLength(code, RULES.professionCodeMaxLength)),
  },
  source: { optional: true, passes: oneOf(SOURCES) },
  firstContactAt: { optional: true, passes: (value) => isISO8601(value, { strict: true }) },
  campaignId: { optional: true, passes: uuid },
  eventId: { optional: true, passes: uuid },
  ownerId: { optional: true, passes: uuid },
  consentToContact: { optional: true, passes: isBoolean },
  wpFirstInFamily: { optional: true, passes: isBoolean },
  wpCareExperienced: { optional: true, passes: isBoolean },
  wpDisability: { optional: true, passes: isBoolean },
  wpEthnicity: {
    optional: true,
    transform: trim,
    passes: (value) => isString(value) && maxLength(value, RULES.ethnicityMaxLength),
  },
  tags: {
    optional: true,
    passes: (value) => arrayMaxSize(value, RULES.tagsMaxCount) && everyString(value, (tag) => matches(tag, RULES.tag)),
  },
  allowDuplicate: { optional: true, passes: isBoolean },
};
const REQUIRED = (Object.keys(RULES_BY_FIELD) as (keyof CreateApplicantDto)[]).filter(
  (field) => !RULES_BY_FIELD[field].optional,
);

/**
 * The create request a plain object makes when every field surely passes, else null: then the full validation
 * runs, and its messages are the ones people see. Checking tens of thousands of lines this way costs a fraction of
 * building and validating a DTO per line, and gives the same answer.
 */
export function quickApplicantInput(plain: Record<string, unknown>): CreateApplicantDto | null {
  const input: Record<string, unknown> = {};
  for (const [field, given] of Object.entries(plain)) {
    if (!Object.hasOwn(RULES_BY_FIELD, field)) return null;
    const rule = RULES_BY_FIELD[field as keyof CreateApplicantDto];
    const value =
      typeof given === 'string' && rule.transform ? rule.transform(given) : isArray(given) ? [...given] : given;
    if (!(value === null || value === undefined ? rule.optional : rule.passes(value))) return null;
    input[field] = value;
  }
  if (REQUIRED.some((field) => !Object.hasOwn(input, field))) return null;
  return Object.assign(new CreateApplicantDto(), input);
}
