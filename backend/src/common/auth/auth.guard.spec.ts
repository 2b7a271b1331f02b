import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Permission } from '@pathway/contracts';
import { AppError } from '../errors/app-error';
import { Public, RequirePermission } from './access.decorators';
import { AuthGuard, bearerToken } from './auth.guard';
import { AuthenticatedUser } from './authenticated-user';
import { SessionAuthenticator } from './session-authenticator';

@Controller()
class ProbeController {
  @Get() @Public() open() { return 'open'; }
  @Get() @RequirePermission(Permission.UsersWrite) adminOnly() { return 'admin'; }
  @Get() @RequirePermission(Permission.OwnAccount) anyone() { return 'anyone'; }
  @Get() forgotten() { return 'forgotten'; }
}

const officer: AuthenticatedUser = { id: 'u1', email: 'o@x.org', name: 'O', role: 'officer', sessionId: 's1' };

function contextFor(handler: keyof ProbeController, authorization?: string) {
  const request = { headers: { authorization } } as { headers: { authorization?: string }; user?: AuthenticatedUser };
  const context = new ExecutionContextHost([request, {}, () => undefined], ProbeController, ProbeController.prototype[handler]);
  return { context, request };
}

describe('AuthGuard', () => {
  const sessions: SessionAuthenticator = { authenticate: async (token) => (token === 'a'.repeat(43) ? officer : null) };
  const guard = new AuthGuard(new Reflector(), sessions);
  const valid = `Bearer ${'a'.repeat(43)}`;

  const failure = async (handler: keyof ProbeController, authorization?: string) => {
    try {
      await guard.canActivate(contextFor(handler, authorization).context);
      return 'allowed';
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it('lets anyone through a @Public() route', async () => {
    expect(await failure('open')).toBe('allowed');
  });

  it('asks for a session on protected routes', async () => {
    expect(await failure('anyone')).toBe('unauthenticated');
    expect(await failure('anyone', `Bearer ${'b'.repeat(43)}`)).toBe('unauthenticated');
  });

  it('attaches the user and checks the permission of their role', async () => {
    const { context, request } = contextFor('anyone', valid);
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.user).toEqual(officer);
    expect(await failure('adminOnly', valid)).toBe('forbidden');
  });

  it('refuses a route that declares neither @Public() nor a permission, even to a signed-in user', async () => {
    expect(await failure('forgotten', valid)).toBe('forbidden');
  });
});

describe('bearerToken', () => {
  it('reads only well-formed bearer tokens', () => {
    expect(bearerToken(`Bearer ${'x'.repeat(43)}`)).toBe('x'.repeat(43));
    expect(bearerToken('Bearer short')).toBeNull();
    expect(bearerToken(`Basic ${'x'.repeat(43)}`)).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
