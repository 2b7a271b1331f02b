import { VersionField } from '../../../common/http/version-field';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  AddAttendeeRequest,
  BulkCheckInRequest,
  CreateEventRequest,
  EVENT_FORMATS,
  EVENT_TYPES,
  EventFormat,
  EventListQuery,
  EventType,
  Region,
  REGIONS,
  UpdateEventRequest,
} from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { Trim } from '../../../common/http/transforms';
import { NameFieldsDto } from '../../applicants/dto/applicant-fields.dto';

const nullable = (_: object, value: unknown) => value !== null;
const COUNT = { message: 'must be a whole number of 0 or more' };

class EventFieldsDto {
  @ApiPropertyOptional({ enum: REGIONS, nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(REGIONS, { message: `must be one of ${REGIONS.join(', ')}` })
  region?: Region | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'The school, college, surgery or trust hosting it',
  })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be an organisation id' })
  hostOrganisationId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Profession codes featured' })
  @IsOptional()
  @IsArray({ message: 'must be a list of profession codes' })
  @ArrayMaxSize(15)
  @IsString({ each: true, message: 'must be a list of profession codes' })
  professions?: string[];

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt(COUNT)
  @Min(0, COUNT)
  @Max(10_000_000)
  youngPeople?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt(COUNT)
  @Min(0, COUNT)
  @Max(10_000_000)
  educators?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt(COUNT)
  @Min(0, COUNT)
  @Max(10_000_000)
  others?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt(COUNT)
  @Min(0, COUNT)
  @Max(10_000_000)
  leafletsDistributed?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'At most leafletsDistributed' })
  @IsOptional()
  @IsInt(COUNT)
  @Min(0, COUNT)
  @Max(10_000_000)
  leafletsTaken?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  registrationOpen?: boolean;

  @ApiPropertyOptional({ nullable: true, minimum: 1, description: 'Most people who can sign up (none: no limit)' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  capacity?: number | null;
}

export class CreateEventDto extends EventFieldsDto implements CreateEventRequest {
  @ApiProperty({ example: 'Careers fair at Northfield Academy' })
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: EVENT_TYPES })
  @IsIn(EVENT_TYPES, { message: `must be one of ${EVENT_TYPES.join(', ')}` })
  type!: EventType;

  @ApiProperty({ enum: EVENT_FORMATS })
  @IsIn(EVENT_FORMATS, { message: `must be one of ${EVENT_FORMATS.join(', ')}` })
  format!: EventFormat;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Not before startsAt' })
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  endsAt!: string;
}

export class UpdateEventDto extends EventFieldsDto implements UpdateEventRequest {
  @VersionField()
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES, { message: `must be one of ${EVENT_TYPES.join(', ')}` })
  type?: EventType;

  @ApiPropertyOptional({ enum: EVENT_FORMATS })
  @IsOptional()
  @IsIn(EVENT_FORMATS, { message: `must be one of ${EVENT_FORMATS.join(', ')}` })
  format?: EventFormat;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  endsAt?: string;
}

export class EventListQueryDto extends PageQueryDto implements EventListQuery {
  @ApiPropertyOptional({ description: 'Part of the title' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Starting at or after' })
  @IsOptional()
  @IsISO8601({}, { message: 'must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Starting before' })
  @IsOptional()
  @IsISO8601({}, { message: 'must be an ISO 8601 date or time' })
  to?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES)
  type?: EventType;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ enum: ['upcoming', 'past'] })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';
}

class InlineApplicantDto extends NameFieldsDto {}

export class AddAttendeeDto implements AddAttendeeRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an applicant id' })
  applicantId?: string;

  @ApiPropertyOptional({ description: 'A new applicant to create and add (duplicate rules apply)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InlineApplicantDto)
  applicant?: InlineApplicantDto;

  @ApiPropertyOptional({ description: 'Create the new applicant even though likely duplicates exist' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  allowDuplicate?: boolean;
}

export class BulkCheckInDto implements BulkCheckInRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: 'must be a list of applicant ids' })
  @ArrayMinSize(1, { message: 'must name at least one attendee' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be a list of applicant ids' })
  applicantIds!: string[];
}
