import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApplicantExportDto, ErasureResultDto, Permission } from '@pathway/contracts';
import type { Response } from 'express';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { sendCsv } from '../../common/http/csv';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { exportRows } from './export-csv';
import { PrivacyService } from './privacy.service';

@ApiTags('privacy')
@Controller('applicants')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get(':id/export')
  @RequirePermission(Permission.PeopleExport)
  @ApiProduces('application/json', 'text/csv')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOperation({ summary: 'Everything held about a person (subject access request), as JSON or CSV' })
  async export(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicantExportDto | string> {
    const data = await this.privacy.export(actor, id);
    if (format !== 'csv') return data;
    return sendCsv(
      response,
      `pathway-subject-access-${id}.csv`,
      ['section', 'item', 'field', 'value'],
      exportRows(data),
    );
  }

  @Post(':id/erase')
  @HttpCode(200)
  @RequirePermission(Permission.PeopleErase)
  @ApiOperation({ summary: 'Erase a person: personal data replaced by a marker, anonymous facts kept for the figures' })
  erase(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<ErasureResultDto> {
    return this.privacy.erase(actor, id);
  }
}
