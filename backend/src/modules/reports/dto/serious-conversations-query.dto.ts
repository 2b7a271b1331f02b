import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Region, REGIONS } from '@pathway/contracts';
import { ReportPeriodDto } from './report-period.dto';

/** `from`/`to` are on when the conversation happened; the other filters are on the person it was with. */
export class SeriousConversationsQueryDto extends ReportPeriodDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The officer who held the conversation' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  officerId?: string;

  @ApiPropertyOptional({ description: "A profession of the person's interest (code)" })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The campaign the person is attributed to; its target is shown' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @ApiPropertyOptional({ enum: REGIONS, description: "The person's region" })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;
}
