import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardDto, Permission } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ReadCache, readKey } from '../../database/read-cache';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly cache: ReadCache,
  ) {}

  @Get()
  @RequirePermission(Permission.DashboardRead)
  @ApiOperation({ summary: "The caller's home page: headline figures for their role, with twelve-month trends" })
  show(@CurrentUser() user: AuthenticatedUser): Promise<DashboardDto> {
    // Managers and admins share one set of figures; officers see their own.
    const whose = user.role === 'officer' ? user.id : user.role;
    return this.cache.get(readKey('dashboard', { whose }), () => this.dashboard.forUser(user));
  }
}
