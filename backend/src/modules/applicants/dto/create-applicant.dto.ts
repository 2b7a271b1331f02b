import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CreateApplicantRequest } from '@pathway/contracts';
import { NameFieldsDto } from './applicant-fields.dto';

export class CreateApplicantDto extends NameFieldsDto implements CreateApplicantRequest {
  @ApiProperty({ example: 'Jo' })
  declare firstName: string;

  @ApiProperty({ example: 'Bloggs' })
  declare lastName: string;

  @ApiPropertyOptional({ description: 'Create even though likely duplicates exist (otherwise 409 with candidates)' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  allowDuplicate?: boolean;
}
