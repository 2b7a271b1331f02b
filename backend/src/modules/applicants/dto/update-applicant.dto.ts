import { VersionField } from '../../../common/http/version-field';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { UpdateApplicantRequest } from '@pathway/contracts';
import { Trim } from '../../../common/http/transforms';
import { ApplicantOptionalFieldsDto } from './applicant-fields.dto';

export class UpdateApplicantDto extends ApplicantOptionalFieldsDto implements UpdateApplicantRequest {
  @VersionField()
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
