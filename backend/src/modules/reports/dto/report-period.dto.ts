import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';

/** A date, or a date and time with its offset (`Z` or `±hh:mm`): never a local time that could mean two instants. */
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const PERIOD_MESSAGE = 'must be a date (YYYY-MM-DD) or an ISO 8601 date and time with its offset';

/**
 * The period of a monthly report. A date means whole days in PATHWAY_TIMEZONE (`to` includes its day); a date and
 * time is that instant (`to` excludes it).
 */
export class ReportPeriodDto {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'From this day (or instant) on; all time when absent' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT, { message: PERIOD_MESSAGE })
  @IsISO8601({ strict: true }, { message: PERIOD_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'Up to the end of this day (or before this instant)' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT, { message: PERIOD_MESSAGE })
  @IsISO8601({ strict: true }, { message: PERIOD_MESSAGE })
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
