import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { AGE_BANDS, AgeBand, Audience, AUDIENCES, PublicRegistrationRequest } from '@pathway/contracts';
import { LowerCaseTrim, Trim } from '../../../common/http/transforms';

const nullable = (_: object, value: unknown) => value !== null;

export class PublicRegistrationDto implements PublicRegistrationRequest {
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

  @ApiProperty()
  @LowerCaseTrim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @Trim()
  @Matches(/^[\d\s()+.-]{6,40}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ enum: AUDIENCES, nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsIn(AUDIENCES, { message: `must be one of ${AUDIENCES.join(', ')}` })
  audience?: Audience | null;

  @ApiProperty({ enum: AGE_BANDS })
  @IsIn(AGE_BANDS, { message: `must be one of ${AGE_BANDS.join(', ')}` })
  ageBand!: AgeBand;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'must be a list of profession codes' })
  @ArrayMaxSize(15)
  @IsString({ each: true, message: 'must be a list of profession codes' })
  professionsOfInterest?: string[];

  @ApiProperty({ description: 'Must be true: details are kept only with agreement to be contacted' })
  @Equals(true, { message: 'must be given: we can only keep your details if you agree to be contacted' })
  consentToContact!: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'Under 13 only' })
  @IsOptional()
  @ValidateIf(nullable)
  @LowerCaseTrim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  guardianEmail?: string | null;

  @ApiPropertyOptional({ description: 'Under 13 only: a parent or guardian agrees' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  guardianConsent?: boolean;

  @ApiPropertyOptional({ description: 'Leave empty' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}
