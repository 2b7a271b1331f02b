import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicantsModule } from '../applicants/applicants.module';
import { CampaignProgressRepository } from './campaign-progress.repository';
import { CampaignEntity } from './campaign.entity';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity]), ApplicantsModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignProgressRepository],
})
export class CampaignsModule {}
