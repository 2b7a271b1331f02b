import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { EventsModule } from '../events/events.module';
import { PublicRegistrationController } from './public-registration.controller';
import { PublicRegistrationService } from './public-registration.service';

@Module({
  imports: [ApplicantsModule, EventsModule],
  controllers: [PublicRegistrationController],
  providers: [PublicRegistrationService],
})
export class PublicRegistrationModule {}
