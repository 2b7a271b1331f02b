import { AuthenticatedUser } from './authenticated-user';

/** Implemented by the auth module; the guard only needs to turn a bearer token into a user. */
export abstract class SessionAuthenticator {
  abstract authenticate(token: string): Promise<AuthenticatedUser | null>;
}
