import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission, Permission } from '@pathway/contracts';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import { PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { AuthenticatedUser } from './authenticated-user';
import { SessionAuthenticator } from './session-authenticator';

/**
 * Deny by default: a route must declare `@Public()` or `@RequirePermission(...)`. A route that declares neither is
 * refused for everyone, so a forgotten decorator can never open data up.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      throw new AppError('unauthenticated', 'Sign in to continue');
    }
    const user = await this.sessions.authenticate(token);
    if (!user) {
      throw new AppError('unauthenticated', 'Your session has ended; sign in again');
    }
    request.user = user;
    if (!permission || !hasPermission(user.role, permission)) {
      throw new AppError('forbidden', 'Your role does not allow this');
    }
    return true;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return match ? match[1] : null;
}
