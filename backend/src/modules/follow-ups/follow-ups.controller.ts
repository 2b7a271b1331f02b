import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CalendarFeedDto, FollowUpDto, FollowUpSummaryDto, Page, Permission } from '@pathway/contracts';
import { CurrentUser, Public, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiRateLimited } from '../../common/http/rate-limited.decorator';
import { CalendarService } from './calendar.service';
import { CreateFollowUpDto, FollowUpListQueryDto, FollowUpSummaryQueryDto, UpdateFollowUpDto } from './dto/follow-up.dto';
import { FollowUpsService } from './follow-ups.service';

@ApiTags('follow-ups')
@Controller('follow-ups')
export class FollowUpsController {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly calendar: CalendarService,
  ) {}

  @Get()
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'Follow-ups, soonest first (assignee=me|<id>, status, due=overdue|today|week|later, applicantId)' })
  list(@CurrentUser() actor: AuthenticatedUser, @Query() query: FollowUpListQueryDto): Promise<Page<FollowUpDto>> {
    return this.followUps.list(actor, query);
  }

  @Get('summary')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'How many open follow-ups are overdue, due today, this week and later' })
  summary(@CurrentUser() actor: AuthenticatedUser, @Query() query: FollowUpSummaryQueryDto): Promise<FollowUpSummaryDto> {
    return this.followUps.summary(actor, query.assignee);
  }

  @Get('calendar.ics')
  @RequirePermission(Permission.ApplicantsRead)
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="pathway-follow-ups.ics"')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'Your open follow-ups as an iCalendar file' })
  ics(@CurrentUser() actor: AuthenticatedUser): Promise<string> {
    return this.calendar.icsFor(actor.id);
  }

  @Post('calendar-feed')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'A secret address for calendar apps to subscribe to (replaces any earlier one)' })
  createFeed(@CurrentUser() actor: AuthenticatedUser): Promise<CalendarFeedDto> {
    return this.calendar.createFeed(actor);
  }

  @Delete('calendar-feed')
  @RequirePermission(Permission.ApplicantsRead)
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop your calendar feed address working' })
  revokeFeed(@CurrentUser() actor: AuthenticatedUser): Promise<void> {
    return this.calendar.revokeFeed(actor);
  }

  @Post()
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Plan a follow-up (refused with 409 do_not_contact for contact types once consent is withdrawn)' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateFollowUpDto): Promise<FollowUpDto> {
    return this.followUps.create(actor, body);
  }

  @Patch(':id')
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Edit, reassign, complete (status done + outcome), cancel or reopen' })
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateFollowUpDto): Promise<FollowUpDto> {
    return this.followUps.update(actor, id, body);
  }
}

@ApiTags('public')
@Controller('public/calendar')
@UseGuards(ThrottlerGuard)
@ApiRateLimited('Too many requests from this address in a minute')
export class PublicCalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':feed')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'A personal follow-up feed for calendar apps (the secret address is the credential)' })
  feed(@Param('feed') feed: string): Promise<string> {
    const match = /^([A-Za-z0-9_-]{32})\.ics$/.exec(feed);
    if (!match) throw AppError.notFound('Calendar feed');
    return this.calendar.feed(match[1]);
  }
}
