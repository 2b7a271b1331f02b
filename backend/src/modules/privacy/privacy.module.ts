import { Module } from '@nestjs/common';
import { ApplicantSearchIndex } from '../applicants/applicant-search-index';
import { PrivacyController } from './privacy.controller';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';
import { RetentionController } from './retention.controller';
import { RetentionService } from './retention.service';

/** Data protection for applicants: subject access, erasure, and the retention policy. */
@Module({
  controllers: [PrivacyController, RetentionController],
  providers: [PrivacyService, PrivacyRepository, RetentionService, ApplicantSearchIndex],
})
export class PrivacyModule {}
