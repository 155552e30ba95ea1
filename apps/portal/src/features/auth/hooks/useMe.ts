import type { SessionMe } from '../utils/SessionContext';
import { useSession } from './useSession';

/** The signed-in user; only for components rendered inside <RequireSession>. */
export function useMe(): SessionMe {
  const { session } = useSession();
  if (session.status !== 'authenticated') throw new Error('useMe needs an authenticated session');
  return session.me;
}
