import type { Role } from '@schakel/domain';
import type { ReactNode } from 'react';
import { useMe } from '../hooks/useMe';
import { NoAccess } from './NoAccess';

interface RequireAccessProps {
  /** Whether the signed-in user's roles fit the page (see utils/permissions). */
  allowed: (roles: readonly Role[]) => boolean;
  children: ReactNode;
}

/**
 * Renders the page only for roles it is meant for, and says so to anyone else, instead of an
 * empty list the API would give them anyway.
 */
export function RequireAccess({ allowed, children }: RequireAccessProps) {
  const me = useMe();
  return allowed(me.roles) ? children : <NoAccess />;
}
