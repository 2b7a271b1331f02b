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
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u;

/** The editable fields of an applicant; create requires the names, update makes everything optional. */
export class ApplicantOptionalFieldsDto {
  @ApiPropertyOptional({ example: 'jo.bloggs@example.org', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @LowerCaseTrim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ example: '07700 900123', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @Matches(/^[\d\s()+.-]{6,40}$/, { message: 'must be a phone number (digits, spaces, + and brackets)' })
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
  @Matches(/^[A-Za-z0-9 ]{2,10}$/, { message: 'must be a postcode' })
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
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ enum: AGE_BANDS, nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(AGE_BANDS, { message: `must be one of ${AGE_BANDS.join(', ')}` })
  ageBand?: AgeBand | null;

  @ApiPropertyOptional({ type: [String], example: ['podiatry'], description: 'Profession codes (GET /professions)' })
  @IsOptional()
  @IsArray({ message: 'must be a list of profession codes' })
  @ArrayMaxSize(15)
  @IsString({ each: true, message: 'must be a list of profession codes' })
  @MaxLength(60, { each: true })
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
  @MaxLength(100)
  wpEthnicity?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['year-12', 'open-day'] })
  @IsOptional()
  @IsArray({ message: 'must be a list of tags' })
  @ArrayMaxSize(20)
  @Matches(TAG, { each: true, message: 'must be words of letters, digits, spaces, - or _ (up to 40 characters)' })
  tags?: string[];
}

export class NameFieldsDto extends ApplicantOptionalFieldsDto {
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(100)
  firstName!: string;

  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(100)
  lastName!: string;
}
