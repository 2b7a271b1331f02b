import { VersionField } from '../../../common/http/version-field';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import {
  Channel,
  CHANNELS,
  ConversationListQuery,
  CreateConversationRequest,
  UpdateConversationRequest,
} from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { QueryBoolean, Trim } from '../../../common/http/transforms';

const nullable = (_: object, value: unknown) => value !== null;
const CHANNEL_MESSAGE = `must be one of ${CHANNELS.join(', ')}`;

/** The two-way flag and the five criteria; each defaults to false. `serious` is derived, never accepted. */
export class CriteriaDto {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  twoWay?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  professionDiscussed?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  routesDiscussed?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  fundingDiscussed?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  placementsDiscussed?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  nextStepAgreed?: boolean;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'The event it happened at' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be an event id' })
  eventId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(4000)
  summary?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'What was agreed to happen next' })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(500)
  nextStep?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'A barrier the person mentioned (cost, grades, travel…)' })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(500)
  barrier?: string | null;
}

export class CreateConversationDto extends CriteriaDto implements CreateConversationRequest {
  @ApiProperty({ format: 'date-time', description: 'When it happened (not in the future)' })
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  occurredAt!: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS, { message: CHANNEL_MESSAGE })
  channel!: Channel;
}

export class UpdateConversationDto extends CriteriaDto implements UpdateConversationRequest {
  @VersionField()
  version!: number;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date and time' })
  occurredAt?: string;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS, { message: CHANNEL_MESSAGE })
  channel?: Channel;

  @ApiPropertyOptional({
    description: 'Why it is being corrected (required when it is or would become serious, or would stop being)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ConversationListQueryDto extends PageQueryDto implements ConversationListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  serious?: boolean;

  @ApiPropertyOptional({ format: 'date-time', description: 'Occurred at or after' })
  @IsOptional()
  @IsISO8601({}, { message: 'must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Occurred before' })
  @IsOptional()
  @IsISO8601({}, { message: 'must be an ISO 8601 date or time' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  officerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an applicant id' })
  applicantId?: string;
}
