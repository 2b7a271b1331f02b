import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  BulkInvitationRequest,
  CreateSurveyTemplateRequest,
  QUESTION_TYPES,
  QuestionType,
  REVIEW_STATUSES,
  ReviewStatus,
  SURVEY_DOMAINS,
  SurveyAnswerValue,
  SurveyDomain,
  SurveyQuestion,
  SurveyResponseListQuery,
  SurveySubmission,
  UpdateSurveyResponseRequest,
} from '@pathway/contracts';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { QueryBoolean, Trim } from '../../../common/http/transforms';
import { VersionField } from '../../../common/http/version-field';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const nullable = (_: object, value: unknown) => value !== null;

export class SurveyQuestionDto implements SurveyQuestion {
  @ApiProperty({ example: 'induction' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'must be a short key of lower-case letters, digits and _' })
  key!: string;

  @ApiProperty({ enum: SURVEY_DOMAINS })
  @IsIn(SURVEY_DOMAINS, { message: `must be one of ${SURVEY_DOMAINS.join(', ')}` })
  domain!: SurveyDomain;

  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  text!: string;

  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES, { message: `must be one of ${QUESTION_TYPES.join(', ')}` })
  type!: QuestionType;

  @ApiProperty()
  @IsBoolean({ message: 'must be true or false' })
  required!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'For choice questions' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  options?: string[];
}

export class SurveyTemplateDtoIn implements CreateSurveyTemplateRequest {
  @ApiProperty()
  @Trim()
  @IsString({ message: 'is required' })
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: [SurveyQuestionDto] })
  @IsArray({ message: 'must be a list of questions' })
  @ArrayMinSize(1, { message: 'must have at least one question' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions!: SurveyQuestionDto[];
}

export class BulkInvitationDto implements BulkInvitationRequest {
  @ApiProperty({ example: '2027-01-01' })
  @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' })
  endsFrom!: string;

  @ApiProperty({ example: '2027-01-31' })
  @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' })
  endsTo!: string;

  @ApiPropertyOptional({ default: 28, minimum: 1, maximum: 90 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1)
  @Max(90)
  validDays?: number;

  @ApiPropertyOptional({ default: false, description: 'Replace links already sent and still open' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  reissue?: boolean;
}

export class SurveySubmissionDto implements SurveySubmission {
  @ApiProperty({ description: '{ [question key]: value }', example: { induction: 4, recommend: 9 } })
  @IsObject({ message: 'must be an object of answers by question key' })
  answers!: Record<string, SurveyAnswerValue>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  concernRaised?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(4000)
  concernText?: string | null;

  @ApiPropertyOptional({ description: 'Only then is the response linked to you' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  consentToContact?: boolean;
}

export class SurveyResponseListQueryDto extends PageQueryDto implements SurveyResponseListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a placement site id' })
  siteId?: string;

  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  reviewStatus?: ReviewStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  concernRaised?: boolean;
}

export class UpdateSurveyResponseDto implements UpdateSurveyResponseRequest {
  @VersionField()
  version!: number;

  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional()
  @IsIn(REVIEW_STATUSES, { message: `must be one of ${REVIEW_STATUSES.join(', ')}` })
  reviewStatus?: ReviewStatus;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @IsString()
  @MaxLength(4000)
  reviewNote?: string | null;
}
