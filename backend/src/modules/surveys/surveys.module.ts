import { Module } from '@nestjs/common';
import { ConcernsModule } from '../concerns/concerns.module';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveyTemplatesService } from './survey-templates.service';
import { PublicSurveysController, SurveysController } from './surveys.controller';

@Module({
  imports: [ConcernsModule],
  controllers: [SurveysController, PublicSurveysController],
  providers: [SurveyTemplatesService, SurveyInvitationsService, SurveyResponsesService],
  exports: [SurveyTemplatesService],
})
export class SurveysModule {}
