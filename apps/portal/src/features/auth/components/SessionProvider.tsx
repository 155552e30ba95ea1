import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { ME_QUERY } from '../graphql/meQuery';
import { StepUpDialog } from '../../mfa/components/StepUpDialog';
import type { SessionBridge } from '../utils/SessionBridge';
import {
  SessionContext,
  type LoginNotice,
  type Session,
  type SessionContextValue,
  type SessionMe,
} from '../utils/SessionContext';

/**
 * Only the API saying "no session" (UNAUTHENTICATED, SESSION_EXPIRED) makes the user anonymous;
 * any other failure says "not now" rather than "not you", and the session is checked again.
 */
function sessionAfterFailedMe(code: ClientErrorCode): Session {
  // Not being logged in is the normal state of a visitor, not something to warn about.
  if (code === 'UNAUTHENTICATED') return { status: 'anonymous', notice: null };
  if (code === 'SESSION_EXPIRED')
    return { status: 'anonymous', notice: { kind: 'SESSION_EXPIRED' } };
  return { status: 'unavailable', code };
}

/** How long to wait before checking the session again while the API cannot answer; doubles up to a minute. */
export const SESSION_RECHECK_MS = 5000;
const SESSION_RECHECK_MAX_MS = 60_000;

interface SessionProviderProps {
  bridge: SessionBridge;
  children: ReactNode;
}

export function SessionProvider({ bridge, children }: SessionProviderProps) {
  const client = useApolloClient();
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const current = useRef(session);

  useEffect(() => {
    current.current = session;
  }, [session]);

  const signIn = useCallback(
    (me: SessionMe) => {
      bridge.setCsrfToken(me.csrfToken);
      setSession({ status: 'authenticated', me });
    },
    [bridge],
  );

  const signOut = useCallback(
    async (notice: LoginNotice | null) => {
      bridge.setCsrfToken(null);
      // Nothing of the previous user may stay behind for the next one on this device.
      await client.clearStore();
      setSession({ status: 'anonymous', notice });
    },
    [bridge, client],
  );

  // Bumped by "Opnieuw proberen": runs the session check again at once.
  const [attempt, setAttempt] = useState(0);
  const recheck = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let active = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let pause = SESSION_RECHECK_MS;
    async function loadSession() {
      let next: Session;
      try {
        const { data } = await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' });
        if (!active) return;
        if (data) {
          signIn(data.me);
          return;
        }
        next = { status: 'unavailable', code: 'INTERNAL' };
      } catch (error) {
        if (!active) return;
        next = sessionAfterFailedMe(errorCodeOf(error));
      }
      setSession(next);
      // The database or the API is away for a moment: the user's session may well be fine.
      // Check again by itself, so the page comes back without logging in anew.
      if (next.status === 'unavailable') {
        retry = setTimeout(() => {
          if (active && current.current.status === 'unavailable') void loadSession();
        }, pause);
        pause = Math.min(pause * 2, SESSION_RECHECK_MAX_MS);
      }
    }
    void loadSession();
    return () => {
      active = false;
      clearTimeout(retry);
    };
  }, [client, signIn, attempt]);

  useEffect(
    () =>
      bridge.onSessionEnded(() => {
        // Only a session that existed can expire; a visitor's first `me` is simply anonymous.
        if (current.current.status === 'authenticated') void signOut({ kind: 'SESSION_EXPIRED' });
      }),
    [bridge, signOut],
  );

  const stepUp = useCallback(() => bridge.stepUp(), [bridge]);
  const value = useMemo<SessionContextValue>(
    () => ({ session, signIn, signOut, stepUp, recheck }),
    [session, signIn, signOut, stepUp, recheck],
  );
  return (
    <SessionContext.Provider value={value}>
      {children}
      {session.status === 'authenticated' && <StepUpDialog bridge={bridge} />}
    </SessionContext.Provider>
  );
}
