import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { ApplicantTimelineService } from './applicant-timeline.service';
import { TimelineController } from './timeline.controller';

/** Brings every feature's view of an applicant together; depends on them, never the other way round. */
@Module({
  imports: [ApplicantsModule, ConversationsModule, FollowUpsModule],
  controllers: [TimelineController],
  providers: [ApplicantTimelineService],
})
export class TimelineModule {}
