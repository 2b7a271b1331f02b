import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { LoginResponse, Permission, SessionUser } from '@pathway/contracts';
import type { Request } from 'express';
import { clientAddress, CurrentUser, Public, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ApiRateLimited } from '../../common/http/rate-limited.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; answers a bearer token' })
  @ApiRateLimited('Too many failed sign-ins for this email or address')
  login(@Body() body: LoginDto, @Req() request: Request): Promise<LoginResponse> {
    return this.auth.login(body, clientAddress(request));
  }

  @Post('logout')
  @RequirePermission(Permission.OwnAccount)
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session (the token stops working at once)' })
  logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.auth.logout(user);
  }

  @Get('me')
  @RequirePermission(Permission.OwnAccount)
  @ApiOperation({ summary: 'The signed-in user, with the permissions of their role' })
  me(@CurrentUser() user: AuthenticatedUser): SessionUser {
    return this.auth.me(user);
  }

  @Post('password')
  @RequirePermission(Permission.OwnAccount)
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your own password; your other sessions end' })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, body);
  }
}
