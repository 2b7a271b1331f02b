import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganisationDto, Page, Permission } from '@pathway/contracts';
import type { Response } from 'express';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CreateOrganisationDto, OrganisationListQueryDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @RequirePermission(Permission.ReferenceRead)
  @ApiOperation({ summary: 'Schools, colleges, GP surgeries, NHS trusts and universities' })
  list(@Query() query: OrganisationListQueryDto): Promise<Page<OrganisationDto>> {
    return this.organisations.list(query);
  }

  @Post()
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Add an organisation (201), or get the existing one with the same name and kind (200)' })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateOrganisationDto, @Res({ passthrough: true }) response: Response): Promise<OrganisationDto> {
    const { organisation, created } = await this.organisations.create(actor, body);
    response.status(created ? 201 : 200);
    return organisation;
  }
}
