import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class StudentReportQueryDto {
  @ApiPropertyOptional({ description: 'Intake year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a year' })
  @Min(2000)
  @Max(2100)
  cohort?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a placement site id' })
  siteId?: string;
}
