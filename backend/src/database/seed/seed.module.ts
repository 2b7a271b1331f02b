import { Module } from '@nestjs/common';
import { ReferenceModule } from '../../modules/reference/reference.module';
import { UsersModule } from '../../modules/users/users.module';
import { SeedService } from './seed.service';

@Module({ imports: [ReferenceModule, UsersModule], providers: [SeedService] })
export class SeedModule {}
