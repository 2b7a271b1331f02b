import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import {
  CreateStudentRequest,
  STUDENT_STATUSES,
  StudentListQuery,
  StudentStatus,
  STUDY_ROUTES,
  StudyRoute,
  UpdateStudentRequest,
  WITHDRAWAL_REASONS,
  WithdrawalReason,
} from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { LowerCaseTrim, Trim } from '../../../common/http/transforms';
import { VersionField } from '../../../common/http/version-field';

const nullable = (_: object, value: unknown) => value !== null;

class StudentFieldsDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @LowerCaseTrim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(200)
  educationProvider?: string | null;

  @ApiPropertyOptional({ enum: STUDENT_STATUSES })
  @IsOptional()
  @IsIn(STUDENT_STATUSES, { message: `must be one of ${STUDENT_STATUSES.join(', ')}` })
  status?: StudentStatus;

  @ApiPropertyOptional({ enum: WITHDRAWAL_REASONS, nullable: true, description: 'Required when withdrawn' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(WITHDRAWAL_REASONS, { message: `must be one of ${WITHDRAWAL_REASONS.join(', ')}` })
  withdrawalReason?: WithdrawalReason | null;
}

export class CreateStudentDto extends StudentFieldsDto implements CreateStudentRequest {
  @ApiProperty()
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(100)
  firstName!: string;

  @ApiProperty()
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(100)
  lastName!: string;

  @ApiProperty({ description: 'Profession code' })
  @IsString({ message: 'is required' })
  @MaxLength(60)
  profession!: string;

  @ApiProperty({ enum: STUDY_ROUTES })
  @IsIn(STUDY_ROUTES, { message: `must be one of ${STUDY_ROUTES.join(', ')}` })
  route!: StudyRoute;

  @ApiProperty({ description: 'Intake year', example: 2026 })
  @IsInt({ message: 'must be a year' })
  @Min(2000)
  @Max(2100)
  cohort!: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be an applicant id' })
  applicantId?: string | null;
}

export class UpdateStudentDto extends StudentFieldsDto implements UpdateStudentRequest {
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

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ enum: STUDY_ROUTES })
  @IsOptional()
  @IsIn(STUDY_ROUTES, { message: `must be one of ${STUDY_ROUTES.join(', ')}` })
  route?: StudyRoute;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'must be a year' })
  @Min(2000)
  @Max(2100)
  cohort?: number;

  @ApiPropertyOptional({ nullable: true, description: 'Why the status changed (kept in the history)' })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(500)
  statusNote?: string | null;
}

export class StudentListQueryDto extends PageQueryDto implements StudentListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a year' })
  cohort?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ enum: STUDENT_STATUSES })
  @IsOptional()
  @IsIn(STUDENT_STATUSES)
  status?: StudentStatus;
}
