import { Module } from '@nestjs/common';
import { ReferenceModule } from '../../modules/reference/reference.module';
import { SurveysModule } from '../../modules/surveys/surveys.module';
import { UsersModule } from '../../modules/users/users.module';
import { SeedService } from './seed.service';

@Module({ imports: [ReferenceModule, UsersModule, SurveysModule], providers: [SeedService] })
export class SeedModule {}
