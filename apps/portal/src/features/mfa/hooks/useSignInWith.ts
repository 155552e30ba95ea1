import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { ME_QUERY } from '../../auth/graphql/meQuery';
import { useSession } from '../../auth/hooks/useSession';
import type { SessionMe } from '../../auth/utils/SessionContext';

/** Stores the session a completed second step started, as the login does. */
export function useSignInWith(): (me: SessionMe) => void {
  const client = useApolloClient();
  const { signIn } = useSession();
  return useCallback(
    (me: SessionMe) => {
      client.cache.writeQuery({ query: ME_QUERY, data: { __typename: 'Query', me } });
      signIn(me);
    },
    [client, signIn],
  );
}
