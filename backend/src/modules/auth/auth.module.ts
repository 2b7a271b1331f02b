import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../../common/auth/auth.guard';
import { SessionAuthenticator } from '../../common/auth/session-authenticator';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [UsersModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    { provide: LoginThrottle, useFactory: () => new LoginThrottle() },
    { provide: SessionAuthenticator, useExisting: AuthService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
