import { Role } from '@pathway/contracts';

/** Who is calling, attached to the request by the AuthGuard. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}
