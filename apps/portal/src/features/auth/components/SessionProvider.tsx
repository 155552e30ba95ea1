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

// Not being logged in is the normal state of a visitor, not something to warn about.
function noticeForFailedMe(code: ClientErrorCode): LoginNotice | null {
  if (code === 'UNAUTHENTICATED') return null;
  if (code === 'SESSION_EXPIRED') return { kind: 'SESSION_EXPIRED' };
  return { kind: 'ERROR', code };
}

/** Answers that say "not now" rather than "not you": the session is checked again by itself. */
const TRANSIENT: ReadonlySet<ClientErrorCode> = new Set(['SERVICE_UNAVAILABLE', 'NETWORK']);
/** How long to wait before checking the session again while the API cannot answer. */
export const SESSION_RECHECK_MS = 5000;

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

  useEffect(() => {
    let active = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    async function loadSession() {
      try {
        const { data } = await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' });
        if (!active) return;
        if (data) signIn(data.me);
        else setSession({ status: 'anonymous', notice: { kind: 'ERROR', code: 'INTERNAL' } });
      } catch (error) {
        if (!active) return;
        const code = errorCodeOf(error);
        setSession({ status: 'anonymous', notice: noticeForFailedMe(code) });
        // The database or the API is away for a moment: the user's session may well be fine.
        // Check again by itself, so the page comes back without logging in anew.
        if (TRANSIENT.has(code)) {
          retry = setTimeout(() => {
            if (active && current.current.status === 'anonymous') void loadSession();
          }, SESSION_RECHECK_MS);
        }
      }
    }
    void loadSession();
    return () => {
      active = false;
      clearTimeout(retry);
    };
  }, [client, signIn]);

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
    () => ({ session, signIn, signOut, stepUp }),
    [session, signIn, signOut, stepUp],
  );
  return (
    <SessionContext.Provider value={value}>
      {children}
      {session.status === 'authenticated' && <StepUpDialog bridge={bridge} />}
    </SessionContext.Provider>
  );
}
