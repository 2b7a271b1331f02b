import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { MergeApplicantsRequest } from '@pathway/contracts';

export class MergeApplicantsDto implements MergeApplicantsRequest {
  @ApiProperty({ format: 'uuid', description: 'The record that stays' })
  @IsUUID('all', { message: 'must be an applicant id' })
  keepId!: string;

  @ApiProperty({ format: 'uuid', description: 'The record merged into it, then removed' })
  @IsUUID('all', { message: 'must be an applicant id' })
  mergeId!: string;
}
