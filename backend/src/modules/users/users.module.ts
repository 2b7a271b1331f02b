import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionEntity } from '../auth/session.entity';
import { SessionsRepository } from '../auth/sessions.repository';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  controllers: [UsersController],
  providers: [UsersService, UsersRepository, SessionsRepository, PasswordHasher],
  exports: [UsersService, UsersRepository, SessionsRepository, PasswordHasher],
})
export class UsersModule {}
