import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Permission } from '@pathway/contracts';
import { AuthenticatedUser } from './authenticated-user';

export const PERMISSION_KEY = 'pathway:permission';
export const PUBLIC_KEY = 'pathway:public';

/** The one access decision of a route: the permission the caller's role must hold. */
export function RequirePermission(permission: Permission) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid session' }),
    ApiForbiddenResponse({ description: `Requires the "${permission}" permission` }),
  );
}

/** Explicitly open to anyone, signed in or not. */
export function Public() {
  return SetMetadata(PUBLIC_KEY, true);
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  return context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
});

export function clientAddress(request: { ip?: string; socket?: { remoteAddress?: string } }): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}
