import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { StudentReportsService } from './student-reports.service';

@Module({ controllers: [ReportsController], providers: [StudentReportsService], exports: [StudentReportsService] })
export class ReportsModule {}
