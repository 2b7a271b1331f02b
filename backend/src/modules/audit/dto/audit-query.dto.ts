import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS, AuditAction, AuditQuery } from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  actorId?: string;

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ description: 'ISO 8601 instant (inclusive)' })
  @IsOptional()
  @IsISO8601({}, { message: 'must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 instant (exclusive)' })
  @IsOptional()
  @IsISO8601({}, { message: 'must be an ISO 8601 date or time' })
  to?: string;

  @ApiPropertyOptional({ enum: ['at', '-at'], default: '-at' })
  @IsOptional()
  @IsIn(['at', '-at'])
  sort?: string;
}
