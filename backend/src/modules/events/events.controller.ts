import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AttendeeDto, EventDetailDto, EventDto, Page, Permission } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { AddAttendeeDto, BulkCheckInDto, CreateEventDto, EventListQueryDto, UpdateEventDto } from './dto/event.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'Events (search, date range, type, region, campaign, profession, upcoming or past)' })
  list(@Query() query: EventListQueryDto): Promise<Page<EventDto>> {
    return this.events.list(query);
  }

  @Post()
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Plan an event; it gets a public sign-up address' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateEventDto): Promise<EventDetailDto> {
    return this.events.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(Permission.ApplicantsRead)
  get(@Param('id', ParseIdPipe) id: string): Promise<EventDetailDto> {
    return this.events.get(id);
  }

  @Patch(':id')
  @RequirePermission(Permission.ApplicantsWrite)
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateEventDto): Promise<EventDetailDto> {
    return this.events.update(actor, id, body);
  }

  @Get(':id/attendees')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: "Attendees, newest first, with each one's stage" })
  attendees(@Param('id', ParseIdPipe) id: string, @Query() query: PageQueryDto): Promise<Page<AttendeeDto>> {
    return this.events.attendees(id, query);
  }

  @Post(':id/attendees')
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Add an existing applicant, or a new one inline, as an attendee' })
  addAttendee(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: AddAttendeeDto): Promise<{ applicantId: string }> {
    return this.events.addAttendee(actor, id, body);
  }

  @Post(':id/attendees/check-in')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @ApiOperation({ summary: 'Check in several attendees at once' })
  checkInMany(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: BulkCheckInDto): Promise<{ checkedIn: number }> {
    return this.events.checkIn(actor, id, body.applicantIds);
  }

  @Post(':id/attendees/:applicantId/check-in')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  checkIn(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Param('applicantId', ParseIdPipe) applicantId: string): Promise<{ checkedIn: number }> {
    return this.events.checkIn(actor, id, [applicantId]);
  }

  @Delete(':id/attendees/:applicantId')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(204)
  removeAttendee(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Param('applicantId', ParseIdPipe) applicantId: string): Promise<void> {
    return this.events.removeAttendee(actor, id, applicantId);
  }
}
