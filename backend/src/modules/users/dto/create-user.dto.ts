import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { CreateUserRequest, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, Role, ROLES } from '@pathway/contracts';
import { LowerCaseTrim, Trim } from '../../../common/http/transforms';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'sam.patel@trust.nhs.uk' })
  @LowerCaseTrim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'Sam Patel' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, format: 'password' })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}
