import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { BulkApplicantRequest } from '@pathway/contracts';

export class BulkApplicantsDto implements BulkApplicantRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 100 })
  @IsArray({ message: 'must be a list of applicant ids' })
  @ArrayMinSize(1, { message: 'must name at least one applicant' })
  @ArrayMaxSize(100, { message: 'must name at most 100 applicants' })
  @IsUUID('all', { each: true, message: 'must be a list of applicant ids' })
  ids!: string[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'New owner for all of them (null clears)' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Tags to add to all of them' })
  @IsOptional()
  @IsArray({ message: 'must be a list of tags' })
  @ArrayMaxSize(10)
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u, {
    each: true,
    message: 'must be words of letters, digits, spaces, - or _ (up to 40 characters)',
  })
  addTags?: string[];
}
