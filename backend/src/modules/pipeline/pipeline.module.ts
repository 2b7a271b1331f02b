import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { BoardRepository } from './board.repository';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

@Module({
  imports: [ApplicantsModule],
  controllers: [PipelineController],
  providers: [PipelineService, BoardRepository],
})
export class PipelineModule {}
