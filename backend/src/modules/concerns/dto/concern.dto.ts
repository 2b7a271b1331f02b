import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { CONCERN_STATUSES, CONCERN_TIERS, ConcernListQuery, ConcernStatus, ConcernTier, UpdateConcernRequest } from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { Trim } from '../../../common/http/transforms';
import { VersionField } from '../../../common/http/version-field';

const nullable = (_: object, value: unknown) => value !== null;

export class ConcernListQueryDto extends PageQueryDto implements ConcernListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a placement site id' })
  siteId?: string;

  @ApiPropertyOptional({ enum: CONCERN_STATUSES })
  @IsOptional()
  @IsIn(CONCERN_STATUSES)
  status?: ConcernStatus;

  @ApiPropertyOptional({ enum: CONCERN_TIERS })
  @IsOptional()
  @IsIn(CONCERN_TIERS)
  tier?: ConcernTier;
}

export class UpdateConcernDto implements UpdateConcernRequest {
  @VersionField()
  version!: number;

  @ApiPropertyOptional({ enum: CONCERN_TIERS })
  @IsOptional()
  @IsIn(CONCERN_TIERS, { message: `must be one of ${CONCERN_TIERS.join(', ')}` })
  tier?: ConcernTier;

  @ApiPropertyOptional({ enum: CONCERN_STATUSES })
  @IsOptional()
  @IsIn(CONCERN_STATUSES, { message: `must be one of ${CONCERN_STATUSES.join(', ')}` })
  status?: ConcernStatus;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string | null;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  dueAt?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(4000)
  resolution?: string | null;

  @ApiPropertyOptional({ nullable: true, description: '"You said, we did": what changed, to share with students' })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(4000)
  youSaidWeDid?: string | null;
}
