import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import {
  CreateOrganisationRequest,
  ORGANISATION_KINDS,
  OrganisationKind,
  OrganisationListQuery,
  Region,
  REGIONS,
} from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { Trim } from '../../../common/http/transforms';

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ example: 'Northfield Academy' })
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS, { message: `must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind!: OrganisationKind;

  @ApiPropertyOptional({ enum: REGIONS, nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(REGIONS, { message: `must be one of ${REGIONS.join(', ')}` })
  region?: Region | null;
}

export class OrganisationListQueryDto extends PageQueryDto implements OrganisationListQuery {
  @ApiPropertyOptional({ description: 'Start of any word of the name' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}
