import { Module } from '@nestjs/common';
import { ApplicantReferences } from './applicant-references';
import { ApplicantsController } from './applicants.controller';
import { ApplicantsRepository } from './applicants.repository';
import { ApplicantsService } from './applicants.service';
import { StageHistoryRepository } from './stage-history.repository';
import { StageReachRepository } from './stage-reach.repository';

@Module({
  controllers: [ApplicantsController],
  providers: [ApplicantsService, ApplicantsRepository, StageHistoryRepository, StageReachRepository, ApplicantReferences],
  exports: [ApplicantsService, ApplicantsRepository, StageHistoryRepository, StageReachRepository, ApplicantReferences],
})
export class ApplicantsModule {}
