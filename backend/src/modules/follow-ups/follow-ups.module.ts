import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { CalendarService } from './calendar.service';
import { FollowUpsController, PublicCalendarController } from './follow-ups.controller';
import { FollowUpsRepository } from './follow-ups.repository';
import { FollowUpsService } from './follow-ups.service';

@Module({
  imports: [ApplicantsModule],
  controllers: [FollowUpsController, PublicCalendarController],
  providers: [FollowUpsService, FollowUpsRepository, CalendarService],
  exports: [FollowUpsService, FollowUpsRepository],
})
export class FollowUpsModule {}
