import { Module } from '@nestjs/common';
import { PrivacyController } from './privacy.controller';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';

/** Data-protection requests about applicants: subject access and erasure. */
@Module({
  controllers: [PrivacyController],
  providers: [PrivacyService, PrivacyRepository],
})
export class PrivacyModule {}
