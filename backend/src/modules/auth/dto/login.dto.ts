import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LoginRequest, MAX_PASSWORD_LENGTH } from '@pathway/contracts';
import { LowerCaseTrim } from '../../../common/http/transforms';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'officer@demo.pathway.test' })
  @LowerCaseTrim()
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ format: 'password', example: 'Pathway-demo-2026' })
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}
