import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AtRiskReport, Page, Permission, StudentDetailDto, StudentDto } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { CreateStudentDto, StudentListQueryDto, UpdateStudentDto } from './dto/student.dto';
import { StudentReportQueryDto } from '../reports/dto/report-query.dto';
import { StudentReportsService } from '../reports/student-reports.service';
import { StudentsService } from './students.service';

@ApiTags('students')
@Controller('students')
export class StudentsController {
  constructor(
    private readonly students: StudentsService,
    private readonly reports: StudentReportsService,
  ) {}

  @Get()
  @RequirePermission(Permission.StudentsRead)
  @ApiOperation({ summary: 'Students (search, cohort, profession, status)' })
  list(@Query() query: StudentListQueryDto): Promise<Page<StudentDto>> {
    return this.students.list(query);
  }

  @Post()
  @RequirePermission(Permission.StudentsWrite)
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateStudentDto): Promise<StudentDetailDto> {
    return this.students.create(actor, body);
  }

  @Get('at-risk')
  @RequirePermission(Permission.StudentsRead)
  @ApiOperation({ summary: 'Students at risk (coordinators): a low overall score or a concern, named only with consent' })
  atRisk(@Query() query: StudentReportQueryDto): Promise<AtRiskReport> {
    return this.reports.atRisk(query);
  }

  @Get(':id')
  @RequirePermission(Permission.StudentsRead)
  @ApiOperation({ summary: 'A student with their status history' })
  get(@Param('id', ParseIdPipe) id: string): Promise<StudentDetailDto> {
    return this.students.get(id);
  }

  @Patch(':id')
  @RequirePermission(Permission.StudentsWrite)
  @ApiOperation({ summary: 'Edit, or change status (a withdrawal needs a reason; every change is kept)' })
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateStudentDto): Promise<StudentDetailDto> {
    return this.students.update(actor, id, body);
  }
}
