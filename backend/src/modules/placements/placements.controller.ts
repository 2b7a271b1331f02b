import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Page, Permission, PlacementDto, PlacementSiteDto } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { Trim } from '../../common/http/transforms';
import { CreatePlacementDto, CreatePlacementSiteDto, PlacementListQueryDto } from './dto/placement.dto';
import { PlacementsService } from './placements.service';

class SiteListQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ApiTags('placements')
@Controller()
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Get('placement-sites')
  @RequirePermission(Permission.StudentsRead)
  @ApiOperation({ summary: 'Clinical placement sites' })
  sites(@Query() query: SiteListQueryDto): Promise<Page<PlacementSiteDto>> {
    return this.placements.listSites(query);
  }

  @Post('placement-sites')
  @RequirePermission(Permission.StudentsWrite)
  createSite(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreatePlacementSiteDto): Promise<PlacementSiteDto> {
    return this.placements.createSite(actor, body);
  }

  @Get('placements')
  @RequirePermission(Permission.StudentsRead)
  @ApiOperation({ summary: 'Placements, ending soonest first (site, student, cohort, profession, current, ending soon)' })
  list(@Query() query: PlacementListQueryDto): Promise<Page<PlacementDto>> {
    return this.placements.list(query);
  }

  @Post('placements')
  @RequirePermission(Permission.StudentsWrite)
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreatePlacementDto): Promise<PlacementDto> {
    return this.placements.create(actor, body);
  }
}
