import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role, ROLES, USER_SORT_FIELDS, UserListQuery } from '@pathway/contracts';
import { PageQueryDto, sortValues } from '../../../common/http/page-query.dto';
import { QueryBoolean, Trim } from '../../../common/http/transforms';

const SORTS = sortValues(USER_SORT_FIELDS);

export class UserListQueryDto extends PageQueryDto implements UserListQuery {
  @ApiPropertyOptional({ description: 'Start of the name, of a word in it, or of the email' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ enum: SORTS, default: 'name' })
  @IsOptional()
  @IsIn(SORTS, { message: `must be one of ${SORTS.join(', ')}` })
  sort?: string;
}
