import { VersionField } from '../../../common/http/version-field';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CampaignListQuery, CampaignTargets, CreateCampaignRequest, UpdateCampaignRequest } from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { Trim } from '../../../common/http/transforms';

const nullable = (_: object, value: unknown) => value !== null;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COUNT = { message: 'must be a whole number' };

export class CampaignTargetsDto implements Partial<CampaignTargets> {
  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @ValidateIf(nullable)
  @IsInt(COUNT)
  @Min(0)
  @Max(10_000_000)
  events?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @ValidateIf(nullable)
  @IsInt(COUNT)
  @Min(0)
  @Max(10_000_000)
  youngPeople?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @ValidateIf(nullable)
  @IsInt(COUNT)
  @Min(0)
  @Max(10_000_000)
  educators?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @ValidateIf(nullable)
  @IsInt(COUNT)
  @Min(0)
  @Max(10_000_000)
  seriousConversations?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @ValidateIf(nullable)
  @IsInt(COUNT)
  @Min(0)
  @Max(10_000_000)
  applications?: number | null;
}

class CampaignFieldsDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Whole pounds' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsInt(COUNT)
  @Min(0)
  @Max(1_000_000_000)
  budget?: number | null;

  @ApiPropertyOptional({ type: CampaignTargetsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignTargetsDto)
  targets?: CampaignTargetsDto;
}

export class CreateCampaignDto extends CampaignFieldsDto implements CreateCampaignRequest {
  @ApiProperty({ example: 'I See the Difference: schools and colleges' })
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '2026-09-01' })
  @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' })
  startsOn!: string;

  @ApiProperty({ example: '2027-07-31' })
  @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' })
  endsOn!: string;
}

export class UpdateCampaignDto extends CampaignFieldsDto implements UpdateCampaignRequest {
  @VersionField()
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' })
  startsOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' })
  endsOn?: string;
}

export class CampaignListQueryDto extends PageQueryDto implements CampaignListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ['active', 'upcoming', 'past'] })
  @IsOptional()
  @IsIn(['active', 'upcoming', 'past'])
  when?: 'active' | 'upcoming' | 'past';
}
