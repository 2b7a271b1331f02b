import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryUserDto, Page, Permission, UserDto } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserListQueryDto } from './dto/user-list-query.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission(Permission.UsersRead)
  @ApiOperation({ summary: 'List user accounts (search, filter by role or status, sort, page)' })
  list(@Query() query: UserListQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Get('directory')
  @RequirePermission(Permission.DirectoryRead)
  @ApiOperation({ summary: 'Active users by name and role, to pick an owner or assignee' })
  directory(): Promise<DirectoryUserDto[]> {
    return this.users.directory();
  }

  @Get(':id')
  @RequirePermission(Permission.UsersRead)
  get(@Param('id', ParseIdPipe) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Post()
  @RequirePermission(Permission.UsersWrite)
  @ApiOperation({ summary: 'Create a user account' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @RequirePermission(Permission.UsersWrite)
  @ApiOperation({ summary: 'Rename, change role, deactivate or reactivate, or reset the password' })
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }
}
