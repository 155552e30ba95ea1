import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ChangePasswordInput } from '../../../gql/graphql';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { ME_QUERY } from '../../auth/graphql/meQuery';
import { useSession } from '../../auth/hooks/useSession';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/changePasswordMutation';

/**
 * Changes the signed-in user's password; resolves to null on success or to the error code to show.
 * The API answers with a new session, whose CSRF token replaces the old one for every later request.
 */
export function useChangePassword(): {
  changePassword: (input: ChangePasswordInput) => Promise<ClientErrorCode | null>;
  loading: boolean;
} {
  const { signIn } = useSession();
  const [mutate, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION, {
    update(cache, { data }) {
      if (data)
        cache.writeQuery({
          query: ME_QUERY,
          data: { __typename: 'Query', me: data.changePassword },
        });
    },
  });

  const changePassword = useCallback(
    async (input: ChangePasswordInput) => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) return 'INTERNAL';
        // The old token belongs to a session the API has just ended.
        signIn(data.changePassword);
        return null;
      } catch (error) {
        return errorCodeOf(error);
      }
    },
    [mutate, signIn],
  );

  return { changePassword, loading };
}
