import { VersionField } from '../../../common/http/version-field';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, Role, ROLES, UpdateUserRequest } from '@pathway/contracts';
import { Trim } from '../../../common/http/transforms';

export class UpdateUserDto implements UpdateUserRequest {
  @VersionField()
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ description: 'Sets a new password and signs the user out everywhere', format: 'password' })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password?: string;
}
