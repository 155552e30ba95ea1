import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import {
  covenantContactOf,
  type CovenantContact,
} from '../../covenant-access/utils/covenantContact';
import { LOGIN_MUTATION } from '../graphql/loginMutation';
import { ME_QUERY } from '../graphql/meQuery';
import { useSession } from './useSession';

interface Credentials {
  email: string;
  password: string;
}

/** Logs in; resolves to null on success or to the error code to show. */
export function useLogin(): {
  login: (credentials: Credentials) => Promise<ClientErrorCode | null>;
  loading: boolean;
  /** After a COVENANT_NOT_SIGNED refusal: the ZVH's desk to name (ADR 0019). */
  covenantContact: CovenantContact | null;
} {
  const { signIn } = useSession();
  const [covenantContact, setCovenantContact] = useState<CovenantContact | null>(null);
  const [mutate, { loading }] = useMutation(LOGIN_MUTATION, {
    // Later `me` queries can then be answered from the cache.
    update(cache, { data }) {
      if (data)
        cache.writeQuery({ query: ME_QUERY, data: { __typename: 'Query', me: data.login } });
    },
  });

  const login = useCallback(
    async (input: Credentials) => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) return 'INTERNAL';
        signIn(data.login);
        return null;
      } catch (error) {
        setCovenantContact(covenantContactOf(error));
        return errorCodeOf(error);
      }
    },
    [mutate, signIn],
  );

  return { login, loading, covenantContact };
}
