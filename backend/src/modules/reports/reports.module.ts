import { Module } from '@nestjs/common';
import { FunnelService } from './funnel.service';
import { ReportsController } from './reports.controller';
import { StudentReportsService } from './student-reports.service';

@Module({
  controllers: [ReportsController],
  providers: [StudentReportsService, FunnelService],
  exports: [StudentReportsService, FunnelService],
})
export class ReportsModule {}
