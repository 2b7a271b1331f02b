import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  APPLICANT_SORT_FIELDS,
  ApplicantListQuery,
  Audience,
  AUDIENCES,
  Region,
  REGIONS,
  Source,
  SOURCES,
  Stage,
  STAGES,
} from '@pathway/contracts';
import { PageQueryDto, sortValues } from '../../../common/http/page-query.dto';
import { QueryBoolean, Trim } from '../../../common/http/transforms';

const SORTS = sortValues(APPLICANT_SORT_FIELDS);

export class ApplicantListQueryDto extends PageQueryDto implements ApplicantListQuery {
  @ApiPropertyOptional({ description: 'Start of any word of the name, email, phone or postcode' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: STAGES })
  @IsOptional()
  @IsIn(STAGES, { message: `must be one of ${STAGES.join(', ')}` })
  stage?: Stage;

  @ApiPropertyOptional({ description: 'Profession code' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string;

  @ApiPropertyOptional({ enum: SOURCES })
  @IsOptional()
  @IsIn(SOURCES, { message: `must be one of ${SOURCES.join(', ')}` })
  source?: Source;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS, { message: `must be one of ${REGIONS.join(', ')}` })
  region?: Region;

  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES, { message: `must be one of ${AUDIENCES.join(', ')}` })
  audience?: Audience;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Campaign of first contact' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Created at or after' })
  @IsOptional()
  @IsISO8601({}, { message: 'must be an ISO 8601 date or time' })
  createdFrom?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Created before' })
  @IsOptional()
  @IsISO8601({}, { message: 'must be an ISO 8601 date or time' })
  createdTo?: string;

  @ApiPropertyOptional({ description: 'true lists archived applicants only' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  archived?: boolean;

  @ApiPropertyOptional({ enum: SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(SORTS, { message: `must be one of ${SORTS.join(', ')}` })
  sort?: string;
}
