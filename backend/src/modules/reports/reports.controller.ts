import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  EVENT_TYPE_LABELS,
  EventType,
  FunnelReport,
  ORGANISATION_KIND_LABELS,
  OrganisationKind,
  Permission,
  PlacementExperienceReport,
  ReachFigures,
  ReachReport,
  Region,
  REGION_LABELS,
  RetentionReport,
  SeriousConversationsReport,
  STAGE_LABELS,
  SURVEY_DOMAIN_LABELS,
  STUDENT_STATUSES,
} from '@pathway/contracts';
import type { Response } from 'express';
import { RequirePermission } from '../../common/auth/access.decorators';
import { csvValue, sendCsv } from '../../common/http/csv';
import { ReadCache, readKey } from '../../database/read-cache';
import { ReachQueryDto } from './dto/reach-query.dto';
import { FunnelQueryDto, StudentReportQueryDto } from './dto/report-query.dto';
import { SeriousConversationsQueryDto } from './dto/serious-conversations-query.dto';
import { FunnelService } from './funnel.service';
import { ReachService } from './reach.service';
import { SeriousConversationsService } from './serious-conversations.service';
import { StudentReportsService } from './student-reports.service';

const today = () => new Date().toISOString().slice(0, 10);

/** Every report answers JSON, or a CSV download with `?format=csv`. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly students: StudentReportsService,
    private readonly funnels: FunnelService,
    private readonly seriousConversations: SeriousConversationsService,
    private readonly reach: ReachService,
    private readonly cache: ReadCache,
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
    const report = await this.cache.get(readKey('funnel', query), () => this.funnels.report(query));
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

  @Get('serious-conversations')
  @RequirePermission(Permission.ReportsSeriousConversations)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary:
      'Serious conversations and distinct people per month (in PATHWAY_TIMEZONE), officer and profession, against the target',
  })
  async seriousConversationsReport(
    @Query() query: SeriousConversationsQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SeriousConversationsReport | string> {
    const report = await this.cache.get(readKey('serious-conversations', query), () => this.seriousConversations.report(query));
    if (query.format !== 'csv') return report;
    const professions = await this.seriousConversations.professionNames();
    return sendCsv(
      response,
      `pathway-serious-conversations-${today()}.csv`,
      ['group', 'name', 'conversations', 'people', 'cumulative conversations', 'target'],
      [
        ['total', 'All serious conversations', report.total.conversations, report.total.people, null, report.target],
        ...report.byMonth.map((row) => [
          'month',
          row.month,
          row.conversations,
          row.people,
          row.cumulativeConversations,
          null,
        ]),
        ...report.byOfficer.map((row) => ['officer', row.officerName, row.conversations, row.people, null, null]),
        ...report.byProfession.map((row) => [
          'profession',
          row.profession === null ? 'Not recorded' : (professions.get(row.profession) ?? row.profession),
          row.conversations,
          row.people,
          null,
          null,
        ]),
      ],
    );
  }

  @Get('reach')
  @RequirePermission(Permission.ReportsReach)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'Events held and their reach by type, campaign and region; webinars; leaflet take-up; intermediary credit',
  })
  async reachReport(
    @Query() query: ReachQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReachReport | string> {
    const report = await this.cache.get(readKey('reach', query), () => this.reach.report(query));
    if (query.format !== 'csv') return report;
    const figures = (row: ReachFigures) => [
      row.events,
      row.youngPeople,
      row.educators,
      row.others,
      row.webinars,
      row.webinarAttendance,
      row.leafletsDistributed,
      row.leafletsTaken,
      row.leafletTakeUp,
      // The four intermediary columns stay empty on these rows.
      ...Array<null>(4).fill(null),
    ];
    return sendCsv(
      response,
      `pathway-reach-${today()}.csv`,
      [
        'group',
        'name',
        'events',
        'young people',
        'educators',
        'others',
        'webinars',
        'webinar attendees',
        'leaflets distributed',
        'leaflets taken',
        'leaflet take-up',
        'organisation kind',
        'applicants',
        'applications',
        'events hosted',
      ],
      [
        ['total', 'All events', ...figures(report.total)],
        ...report.byType.map((row) => ['type', EVENT_TYPE_LABELS[row.type as EventType] ?? row.type, ...figures(row)]),
        ...report.byCampaign.map((row) => ['campaign', row.campaignName, ...figures(row)]),
        ...report.byRegion.map((row) => [
          'region',
          row.region === null ? 'Not recorded' : (REGION_LABELS[row.region as Region] ?? row.region),
          ...figures(row),
        ]),
        ...report.intermediaries.map((row) => [
          'intermediary',
          row.name,
          ...Array<null>(9).fill(null),
          ORGANISATION_KIND_LABELS[row.kind as OrganisationKind] ?? row.kind,
          row.applicants,
          row.applications,
          row.eventsHosted,
        ]),
      ],
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
    const report = await this.cache.get(readKey('retention', query), () => this.students.retention(query));
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
    const report = await this.cache.get(readKey('placement-experience', query), () => this.students.placementExperience(query));
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
