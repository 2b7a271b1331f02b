import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { AGE_BANDS, AgeBand, Audience, AUDIENCES, Region, REGIONS, Source, SOURCES } from '@pathway/contracts';
import { LowerCaseTrim, Trim } from '../../../common/http/transforms';

const nullable = (_: object, value: unknown) => value !== null;

/** The shapes and sizes the fields must have (also used by the import's quick check of whole files). */
export const APPLICANT_FIELD_RULES = {
  nameMaxLength: 100,
  emailMaxLength: 320,
  phone: /^[\d\s()+.-]{6,40}$/,
  postcode: /^[A-Za-z0-9 ]{2,10}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  professionsMaxCount: 15,
  professionCodeMaxLength: 60,
  ethnicityMaxLength: 100,
  tagsMaxCount: 20,
  tag: /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u,
} as const;
const RULES = APPLICANT_FIELD_RULES;

/** The editable fields of an applicant; create requires the names, update makes everything optional. */
export class ApplicantOptionalFieldsDto {
  @ApiPropertyOptional({ example: 'jo.bloggs@example.org', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @LowerCaseTrim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(RULES.emailMaxLength)
  email?: string | null;

  @ApiPropertyOptional({ example: '07700 900123', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @Matches(RULES.phone, { message: 'must be a phone number (digits, spaces, + and brackets)' })
  phone?: string | null;

  @ApiPropertyOptional({ enum: AUDIENCES, nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(AUDIENCES, { message: `must be one of ${AUDIENCES.join(', ')}` })
  audience?: Audience | null;

  @ApiPropertyOptional({ enum: REGIONS, nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(REGIONS, { message: `must be one of ${REGIONS.join(', ')}` })
  region?: Region | null;

  @ApiPropertyOptional({ example: 'SW1A 1AA', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @Matches(RULES.postcode, { message: 'must be a postcode' })
  postcode?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'School, college or other organisation' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string | null;

  @ApiPropertyOptional({ example: '2008-04-01', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  @Matches(RULES.date, { message: 'must be a date (YYYY-MM-DD)' })
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ enum: AGE_BANDS, nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(AGE_BANDS, { message: `must be one of ${AGE_BANDS.join(', ')}` })
  ageBand?: AgeBand | null;

  @ApiPropertyOptional({ type: [String], example: ['podiatry'], description: 'Profession codes (GET /professions)' })
  @IsOptional()
  @IsArray({ message: 'must be a list of profession codes' })
  @ArrayMaxSize(RULES.professionsMaxCount)
  @IsString({ each: true, message: 'must be a list of profession codes' })
  @MaxLength(RULES.professionCodeMaxLength, { each: true })
  professionsOfInterest?: string[];

  @ApiPropertyOptional({ enum: SOURCES, nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(SOURCES, { message: `must be one of ${SOURCES.join(', ')}` })
  source?: Source | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date or time' })
  firstContactAt?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Campaign of first contact' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Event of first contact' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be an event id' })
  eventId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The officer who looks after this person' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string | null;

  @ApiPropertyOptional({ description: 'Consent to be contacted; the server records when, how and which notice' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  consentToContact?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsBoolean({ message: 'must be true, false or null' })
  wpFirstInFamily?: boolean | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsBoolean({ message: 'must be true, false or null' })
  wpCareExperienced?: boolean | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsBoolean({ message: 'must be true, false or null' })
  wpDisability?: boolean | null;

  @ApiPropertyOptional({ nullable: true, description: 'Self-described ethnicity' })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(RULES.ethnicityMaxLength)
  wpEthnicity?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['year-12', 'open-day'] })
  @IsOptional()
  @IsArray({ message: 'must be a list of tags' })
  @ArrayMaxSize(RULES.tagsMaxCount)
  @Matches(RULES.tag, { each: true, message: 'must be words of letters, digits, spaces, - or _ (up to 40 characters)' })
  tags?: string[];
}

export class NameFieldsDto extends ApplicantOptionalFieldsDto {
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(RULES.nameMaxLength)
  firstName!: string;

  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(RULES.nameMaxLength)
  lastName!: string;
}
