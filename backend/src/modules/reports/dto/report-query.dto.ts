import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FUNNEL_BREAKDOWNS, FunnelBreakdown, Region, REGIONS, Source, SOURCES } from '@pathway/contracts';
import { ReportPeriodDto } from './report-period.dto';

export class StudentReportQueryDto {
  @ApiPropertyOptional({ description: 'Intake year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a year' })
  @Min(2000)
  @Max(2100)
  cohort?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a placement site id' })
  siteId?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** The funnel's cohort: people whose first contact falls in the period (read as the other reports read it). */
export class FunnelQueryDto extends ReportPeriodDto {
  @ApiPropertyOptional({ enum: SOURCES })
  @IsOptional()
  @IsIn(SOURCES)
  source?: Source;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiPropertyOptional({ format: 'uuid', description: 'The owning officer' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string;

  @ApiPropertyOptional({ enum: FUNNEL_BREAKDOWNS })
  @IsOptional()
  @IsIn(FUNNEL_BREAKDOWNS)
  breakdown?: FunnelBreakdown;
}
