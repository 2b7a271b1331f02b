import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID } from 'class-validator';
import { QueryBoolean } from '../../../common/http/transforms';

/** The multipart form: the file itself is read by the upload interceptor. */
export class ImportRequestDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The CSV file (UTF-8, up to 20 MB and 50,000 rows)' })
  @IsOptional()
  file?: unknown;

  @ApiPropertyOptional({
    description: 'JSON `{ "CSV header": "field" }`; guessed from the headers when left out',
    example: '{"Forename":"firstName","Surname":"lastName"}',
  })
  @IsOptional()
  @IsString()
  mapping?: string;

  @ApiPropertyOptional({
    description:
      'JSON of values for every row without its own: source, campaignId, eventId, ownerId, consentToContact, tags ' +
      '(students: profession, route, cohort, educationProvider, status)',
  })
  @IsOptional()
  @IsString()
  defaults?: string;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'Report what would happen without writing anything' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  dryRun?: boolean;
}

export class AttendeeImportQueryDto extends ImportQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The event these people attended' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an event id' })
  eventId?: string;
}

export class PreviewRequestDto {
  @ApiProperty({ type: 'string', format: 'binary' })
  @IsOptional()
  file?: unknown;
}
