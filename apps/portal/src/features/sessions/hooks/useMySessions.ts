import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/hooks/useSession';
import { LOGIN_PATH } from '../../auth/utils/safeReturnPath';
import {
  END_SESSION_MUTATION,
  LOG_OUT_EVERYWHERE_MUTATION,
  MY_SESSIONS_QUERY,
} from '../graphql/sessionsQueries';
import { reportIdleExpiry } from '../utils/idleExpiry';

export type SessionsMessage = 'ended' | 'endFailed' | 'everywhereFailed' | null;

/** The caller's sessions with "end this session" and "log out everywhere". */
export function useMySessions() {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const query = useQuery(MY_SESSIONS_QUERY, { fetchPolicy: 'network-only' });
  const [endSession, ending] = useMutation(END_SESSION_MUTATION);
  const [everywhere, leaving] = useMutation(LOG_OUT_EVERYWHERE_MUTATION);
  const [message, setMessage] = useState<SessionsMessage>(null);

  const end = useCallback(
    async (id: string) => {
      setMessage(null);
      try {
        await endSession({ variables: { id } });
        await query.refetch();
        setMessage('ended');
      } catch {
        setMessage('endFailed');
      }
    },
    [endSession, query],
  );

  const logOutEverywhere = useCallback(async () => {
    setMessage(null);
    try {
      await everywhere();
    } catch {
      setMessage('everywhereFailed');
      return;
    }
    reportIdleExpiry(null);
    await signOut({ kind: 'LOGGED_OUT_EVERYWHERE' });
    navigate(LOGIN_PATH, { replace: true });
  }, [everywhere, navigate, signOut]);

  return {
    sessions: query.data?.mySessions ?? null,
    loading: query.loading,
    failed: Boolean(query.error) && !query.data,
    end,
    ending: ending.loading,
    logOutEverywhere,
    leaving: leaving.loading,
    message,
  };
}
