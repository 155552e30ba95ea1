import type { Request } from 'express';
import type { AuthenticatedUser } from './authenticated-user';

// Set only by AccessGuard after the session check; read by @CurrentUser().
const users = new WeakMap<Request, AuthenticatedUser>();

export function setRequestUser(req: Request, user: AuthenticatedUser): void {
  users.set(req, user);
}

export function requestUser(req: Request): AuthenticatedUser | undefined {
  return users.get(req);
}
