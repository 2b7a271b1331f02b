import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { CreatePlacementRequest, CreatePlacementSiteRequest, PLACEMENT_SORT_FIELDS, PlacementListQuery, Region, REGIONS } from '@pathway/contracts';
import { PageQueryDto, sortValues } from '../../../common/http/page-query.dto';

const PLACEMENT_SORTS = sortValues(PLACEMENT_SORT_FIELDS);
import { QueryBoolean, Trim } from '../../../common/http/transforms';

const nullable = (_: object, value: unknown) => value !== null;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CreatePlacementSiteDto implements CreatePlacementSiteRequest {
  @ApiProperty({ example: 'Radiotherapy department, St Aidan’s Hospital' })
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ nullable: true, example: 'Northshire NHS Foundation Trust' })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(200)
  organisation?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(200)
  department?: string | null;

  @ApiPropertyOptional({ enum: REGIONS, nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(REGIONS, { message: `must be one of ${REGIONS.join(', ')}` })
  region?: Region | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'must be a list of profession codes' })
  @ArrayMaxSize(15)
  @IsString({ each: true, message: 'must be a list of profession codes' })
  professions?: string[];
}

export class CreatePlacementDto implements CreatePlacementRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a student id' })
  studentId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a placement site id' })
  siteId!: string;

  @ApiProperty({ example: '2027-01-11' })
  @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' })
  startsOn!: string;

  @ApiProperty({ example: '2027-02-19' })
  @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' })
  endsOn!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(5)
  yearOfStudy!: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(200)
  practiceEducator?: string | null;
}

export class PlacementListQueryDto extends PageQueryDto implements PlacementListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a placement site id' })
  siteId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a student id' })
  studentId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a year' })
  cohort?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ description: 'Running today' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  current?: boolean;

  @ApiPropertyOptional({ description: 'Ending within this many days from today' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(0)
  @Max(366)
  endingWithinDays?: number;

  @ApiPropertyOptional({ enum: PLACEMENT_SORTS, description: 'Default -startsOn; endsOn when current or ending soon' })
  @IsOptional()
  @IsIn(PLACEMENT_SORTS, { message: `must be one of ${PLACEMENT_SORTS.join(', ')}` })
  sort?: string;
}
