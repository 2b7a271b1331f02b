import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { EVENT_TYPES, EventType, Region, REGIONS } from '@pathway/contracts';
import { ReportPeriodDto } from './report-period.dto';

/**
 * `from`/`to` are on the event's start. For intermediary credit, the period is on the person's first contact, and
 * `campaignId`/`region` are the person's; `type` credits only through hosted events of that type.
 */
export class ReachQueryDto extends ReportPeriodDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES)
  type?: EventType;
}
