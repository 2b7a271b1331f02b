import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CampaignDetailDto, CampaignDto, Page, Permission } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CampaignsService } from './campaigns.service';
import { CampaignListQueryDto, CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @RequirePermission(Permission.CampaignsRead)
  @ApiOperation({ summary: 'Campaigns, newest first, each with its progress against targets' })
  list(@Query() query: CampaignListQueryDto): Promise<Page<CampaignDto>> {
    return this.campaigns.list(query);
  }

  @Post()
  @RequirePermission(Permission.CampaignsWrite)
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateCampaignDto): Promise<CampaignDetailDto> {
    return this.campaigns.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(Permission.CampaignsRead)
  @ApiOperation({ summary: 'A campaign with its progress and how far its people got' })
  get(@Param('id', ParseIdPipe) id: string): Promise<CampaignDetailDto> {
    return this.campaigns.get(id);
  }

  @Patch(':id')
  @RequirePermission(Permission.CampaignsWrite)
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateCampaignDto): Promise<CampaignDetailDto> {
    return this.campaigns.update(actor, id, body);
  }
}
