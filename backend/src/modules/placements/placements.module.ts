import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';

@Module({
  imports: [ApplicantsModule],
  controllers: [PlacementsController],
  providers: [PlacementsService],
})
export class PlacementsModule {}
