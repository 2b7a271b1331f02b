import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicantTimelineDto, Permission } from '@pathway/contracts';
import { RequirePermission } from '../../common/auth/access.decorators';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApplicantTimelineService } from './applicant-timeline.service';

@ApiTags('applicants')
@Controller('applicants')
export class TimelineController {
  constructor(private readonly timelines: ApplicantTimelineService) {}

  @Get(':id/timeline')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'Stage changes, edits, conversations and follow-ups, newest first' })
  timeline(@Param('id', ParseIdPipe) id: string): Promise<ApplicantTimelineDto> {
    return this.timelines.timeline(id);
  }
}
