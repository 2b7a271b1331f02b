import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { ApplicantImportDefaults, Source, SOURCES } from '@pathway/contracts';

const nullable = (_: object, value: unknown) => value !== null;

/** Values for every imported row that has none of its own (same rules as the applicant fields). */
export class ImportDefaultsDto implements ApplicantImportDefaults {
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(SOURCES, { message: `must be one of ${SOURCES.join(', ')}` })
  source?: Source | null;

  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be a campaign id' })
  campaignId?: string | null;

  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be an event id' })
  eventId?: string | null;

  @IsOptional()
  @ValidateIf(nullable)
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string | null;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  consentToContact?: boolean;

  @IsOptional()
  @IsArray({ message: 'must be a list of tags' })
  @ArrayMaxSize(20)
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u, {
    each: true,
    message: 'must be words of letters, digits, spaces, - or _ (up to 40 characters)',
  })
  tags?: string[];
}
