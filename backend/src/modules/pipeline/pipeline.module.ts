import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { BoardRepository } from './board.repository';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

@Module({
  imports: [ApplicantsModule, FollowUpsModule],
  controllers: [PipelineController],
  providers: [PipelineService, BoardRepository],
  exports: [PipelineService],
})
export class PipelineModule {}
