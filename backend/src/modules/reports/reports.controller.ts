import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  FunnelReport,
  Permission,
  PlacementExperienceReport,
  RetentionReport,
  STAGE_LABELS,
  SURVEY_DOMAIN_LABELS,
  STUDENT_STATUSES,
} from '@pathway/contracts';
import type { Response } from 'express';
import { RequirePermission } from '../../common/auth/access.decorators';
import { csvValue, sendCsv } from '../../common/http/csv';
import { FunnelQueryDto, StudentReportQueryDto } from './dto/report-query.dto';
import { FunnelService } from './funnel.service';
import { StudentReportsService } from './student-reports.service';

const today = () => new Date().toISOString().slice(0, 10);

/** Every report answers JSON, or a CSV download with `?format=csv`. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly students: StudentReportsService,
    private readonly funnels: FunnelService,
  ) {}

  @Get('funnel')
  @RequirePermission(Permission.ReportsFunnel)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'Conversion by stage for a cohort by first contact (filters; breakdown by source, campaign or profession)',
  })
  async funnel(
    @Query() query: FunnelQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FunnelReport | string> {
    const report = await this.funnels.report(query);
    if (query.format !== 'csv') return report;
    const groups = report.groups ?? [
      { key: null, label: 'Everyone', cohortSize: report.cohortSize, stages: report.stages },
    ];
    return sendCsv(
      response,
      `pathway-funnel-${today()}.csv`,
      ['group', 'stage', 'reached', 'step conversion', 'cumulative conversion', 'median days to next stage'],
      groups.flatMap((group) =>
        group.stages.map((stage) => [
          group.label,
          STAGE_LABELS[stage.stage],
          stage.reached,
          stage.stepConversion,
          stage.cumulativeConversion,
          stage.medianDaysToNext,
        ]),
      ),
    );
  }

  @Get('retention')
  @RequirePermission(Permission.ReportsRetention)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Retention per cohort and profession (groups of fewer than 5 students are suppressed)' })
  async retention(
    @Query() query: StudentReportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RetentionReport | string> {
    const report = await this.students.retention(query);
    if (query.format !== 'csv') return report;
    return sendCsv(
      response,
      `pathway-retention-${today()}.csv`,
      ['cohort', 'profession', 'enrolled', ...STUDENT_STATUSES, 'retention rate'],
      report.rows.map((row) => [
        row.cohort,
        row.profession,
        csvValue(row.enrolled),
        ...STUDENT_STATUSES.map((status) => csvValue(row.byStatus[status])),
        csvValue(row.retentionRate),
      ]),
    );
  }

  @Get('placement-experience')
  @RequirePermission(Permission.ReportsPlacementExperience)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'Placement experience by domain, overall and per site (fewer than 5 responses are suppressed)',
  })
  async placementExperience(
    @Query() query: StudentReportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlacementExperienceReport | string> {
    const report = await this.students.placementExperience(query);
    if (query.format !== 'csv') return report;
    return sendCsv(
      response,
      `pathway-placement-experience-${today()}.csv`,
      ['site', 'responses', 'domain', 'mean', 'yes rate'],
      [report.overall, ...report.sites].flatMap((site) =>
        site.domains.map((domain) => [
          site.siteName,
          csvValue(site.responses),
          SURVEY_DOMAIN_LABELS[domain.domain],
          csvValue(domain.mean),
          csvValue(domain.yesRate),
        ]),
      ),
    );
  }
}
