import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, PlacementExperienceReport, RetentionReport } from '@pathway/contracts';
import { RequirePermission } from '../../common/auth/access.decorators';
import { StudentReportQueryDto } from './dto/report-query.dto';
import { StudentReportsService } from './student-reports.service';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly students: StudentReportsService) {}

  @Get('reports/retention')
  @RequirePermission(Permission.ReportsRetention)
  @ApiOperation({ summary: 'Retention per cohort and profession (groups of fewer than 5 students are suppressed)' })
  retention(@Query() query: StudentReportQueryDto): Promise<RetentionReport> {
    return this.students.retention(query);
  }

  @Get('reports/placement-experience')
  @RequirePermission(Permission.ReportsPlacementExperience)
  @ApiOperation({ summary: 'Placement experience by domain, overall and per site (fewer than 5 responses are suppressed)' })
  placementExperience(@Query() query: StudentReportQueryDto): Promise<PlacementExperienceReport> {
    return this.students.placementExperience(query);
  }
}
