import { Module } from '@nestjs/common';
import { ApplicantProgressRepository } from './applicant-progress.repository';
import { ApplicantReferences } from './applicant-references';
import { ApplicantSearchIndex } from './applicant-search-index';
import { ApplicantWriter } from './applicant-writer';
import { ApplicantsController } from './applicants.controller';
import { ApplicantsRepository } from './applicants.repository';
import { ApplicantsService } from './applicants.service';
import { ConsentHistoryRepository } from './consent-history.repository';
import { StageHistoryRepository } from './stage-history.repository';
import { StageReachRepository } from './stage-reach.repository';
import { DuplicatesController } from './merge/duplicates.controller';
import { DuplicatesRepository } from './merge/duplicates.repository';
import { MergeService } from './merge/merge.service';

@Module({
  // Literal paths (duplicates, merge) before the `:id` ones.
  controllers: [DuplicatesController, ApplicantsController],
  providers: [
    ApplicantsService,
    ApplicantWriter,
    ApplicantsRepository,
    MergeService,
    DuplicatesRepository,
    ConsentHistoryRepository,
    StageHistoryRepository,
    StageReachRepository,
    ApplicantProgressRepository,
    ApplicantReferences,
    ApplicantSearchIndex,
  ],
  exports: [
    ApplicantsService,
    ApplicantWriter,
    ApplicantsRepository,
    StageHistoryRepository,
    ApplicantProgressRepository,
    StageReachRepository,
    ApplicantReferences,
  ],
})
export class ApplicantsModule {}
