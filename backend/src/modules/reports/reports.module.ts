import { FunnelCountsRepository } from './funnel-counts.repository';
import { Module } from '@nestjs/common';
import { FunnelService } from './funnel.service';
import { ReachRepository } from './reach.repository';
import { ReachService } from './reach.service';
import { ReportsController } from './reports.controller';
import { SeriousConversationsRepository } from './serious-conversations.repository';
import { SeriousConversationsService } from './serious-conversations.service';
import { StudentReportsService } from './student-reports.service';

@Module({
  controllers: [ReportsController],
  providers: [
    FunnelCountsRepository,
    StudentReportsService,
    FunnelService,
    SeriousConversationsRepository,
    SeriousConversationsService,
    ReachRepository,
    ReachService,
  ],
  exports: [StudentReportsService, FunnelService, SeriousConversationsService],
})
export class ReportsModule {}
