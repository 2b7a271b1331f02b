import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { BoardMoveRequest, BoardQuery, Stage, StageMoveRequest, STAGES } from '@pathway/contracts';
import { QueryBoolean, Trim } from '../../../common/http/transforms';

const STAGE_MESSAGE = `must be one of ${STAGES.join(', ')}`;

export class StageMoveDto implements StageMoveRequest {
  @ApiProperty({ enum: STAGES })
  @IsIn(STAGES, { message: STAGE_MESSAGE })
  stage!: Stage;

  @ApiPropertyOptional({ description: 'Moving to enrolled: the profession enrolled on (needed when interested in several)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ description: 'A close reason when closing; free text when moving back' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class BoardMoveDto implements BoardMoveRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be an applicant id' })
  applicantId!: string;

  @ApiProperty({ enum: STAGES })
  @IsIn(STAGES, { message: STAGE_MESSAGE })
  stage!: Stage;

  @ApiPropertyOptional({ format: 'uuid', description: 'The card that will sit just above the moved one' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an applicant id' })
  beforeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The card that will sit just below the moved one' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an applicant id' })
  afterId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ description: 'Moving to enrolled: the profession enrolled on (needed when interested in several)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;
}

export class BoardQueryDto implements BoardQuery {
  @ApiPropertyOptional({ description: 'Profession code' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The campaign people first came through' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @ApiPropertyOptional({ description: "Only the caller's own applicants" })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  mine?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class BoardColumnQueryDto extends BoardQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
