import { VersionField } from '../../../common/http/version-field';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import {
  CreateFollowUpRequest,
  DUE_BUCKETS,
  DueBucket,
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_TYPES,
  FollowUpListQuery,
  FollowUpStatus,
  FollowUpType,
  UpdateFollowUpRequest,
} from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { Trim } from '../../../common/http/transforms';

const nullable = (_: object, value: unknown) => value !== null;
const TYPE_MESSAGE = `must be one of ${FOLLOW_UP_TYPES.join(', ')}`;

export class CreateFollowUpDto implements CreateFollowUpRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be an applicant id' })
  applicantId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be a conversation id' })
  conversationId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to you' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string;

  @ApiProperty({ format: 'date-time', description: 'May be in the past (logging a missed call-back)' })
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  dueAt!: string;

  @ApiProperty({ enum: FOLLOW_UP_TYPES })
  @IsIn(FOLLOW_UP_TYPES, { message: TYPE_MESSAGE })
  type!: FollowUpType;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

export class UpdateFollowUpDto implements UpdateFollowUpRequest {
  @VersionField()
  version!: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  dueAt?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_TYPES })
  @IsOptional()
  @IsIn(FOLLOW_UP_TYPES, { message: TYPE_MESSAGE })
  type?: FollowUpType;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATUSES })
  @IsOptional()
  @IsIn(FOLLOW_UP_STATUSES, { message: `must be one of ${FOLLOW_UP_STATUSES.join(', ')}` })
  status?: FollowUpStatus;

  @ApiPropertyOptional({ nullable: true, description: 'What happened (when completing)' })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(2000)
  outcome?: string | null;
}

export class FollowUpListQueryDto extends PageQueryDto implements FollowUpListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an applicant id' })
  applicantId?: string;

  @ApiPropertyOptional({ description: '`me` or a user id' })
  @IsOptional()
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'must be "me" or a user id',
  })
  assignee?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATUSES })
  @IsOptional()
  @IsIn(FOLLOW_UP_STATUSES, { message: `must be one of ${FOLLOW_UP_STATUSES.join(', ')}` })
  status?: FollowUpStatus;

  @ApiPropertyOptional({
    enum: DUE_BUCKETS,
    description: 'Open follow-ups overdue, due today, later this week, or later',
  })
  @IsOptional()
  @IsIn(DUE_BUCKETS, { message: `must be one of ${DUE_BUCKETS.join(', ')}` })
  due?: DueBucket;
}

export class FollowUpSummaryQueryDto {
  @ApiPropertyOptional({ description: '`me` (default), a user id, or `all` (managers and admins)' })
  @IsOptional()
  @Matches(/^(me|all|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'must be "me", "all" or a user id',
  })
  assignee?: string;
}
