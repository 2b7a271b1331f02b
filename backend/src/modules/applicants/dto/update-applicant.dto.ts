import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { UpdateApplicantRequest } from '@pathway/contracts';
import { Trim } from '../../../common/http/transforms';
import { ApplicantOptionalFieldsDto } from './applicant-fields.dto';

export class UpdateApplicantDto extends ApplicantOptionalFieldsDto implements UpdateApplicantRequest {
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt({ message: 'must be the version you read' })
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(100)
  lastName?: string;
}
