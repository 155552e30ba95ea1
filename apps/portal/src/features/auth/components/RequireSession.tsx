import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../hooks/useSession';
import { SessionUnavailable } from '../../shell/components/SessionUnavailable';
import { LOGIN_PATH } from '../utils/safeReturnPath';

interface RequireSessionProps {
  children: ReactNode;
}

/** Renders its children for a signed-in user; sends a user without a session to the login page. */
export function RequireSession({ children }: RequireSessionProps) {
  const { session } = useSession();
  const location = useLocation();

  if (session.status === 'authenticated') return children;
  if (session.status === 'loading') return null;
  // An API that cannot answer is no reason to send a signed-in user to the login page.
  if (session.status === 'unavailable') return <SessionUnavailable />;

  // After an explicit logout the next login starts fresh; otherwise come back to this page.
  const returnHere = session.notice?.kind !== 'LOGGED_OUT';
  const from = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to={LOGIN_PATH} replace state={returnHere ? { from } : undefined} />;
}
