import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardDto, Permission } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @RequirePermission(Permission.DashboardRead)
  @ApiOperation({ summary: "The caller's home page: headline figures for their role, with twelve-month trends" })
  show(@CurrentUser() user: AuthenticatedUser): Promise<DashboardDto> {
    return this.dashboard.forUser(user);
  }
}
