import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/http/transforms';

export class RetentionRunQueryDto {
  /** Defaults to true: erasing people is never what an empty query means. */
  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  dryRun?: boolean;
}
