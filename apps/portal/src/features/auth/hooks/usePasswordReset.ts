import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import {
  REQUEST_PASSWORD_RESET_MUTATION,
  RESET_PASSWORD_MUTATION,
} from '../graphql/passwordResetMutations';

/** Asks for a reset link; resolves to null (sent, or nobody has the address) or an error code. */
export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  const request = useCallback(
    async (email: string, language: 'nl' | 'en'): Promise<ClientErrorCode | null> => {
      try {
        await mutate({ variables: { input: { email, language } } });
        return null;
      } catch (error) {
        return errorCodeOf(error);
      }
    },
    [mutate],
  );
  return { request, loading };
}

/** Sets a new password with the link's token; resolves to null or an error code. */
export function useResetPassword() {
  const [mutate, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  const reset = useCallback(
    async (token: string, newPassword: string): Promise<ClientErrorCode | null> => {
      try {
        await mutate({ variables: { input: { token, newPassword } } });
        return null;
      } catch (error) {
        return errorCodeOf(error);
      }
    },
    [mutate],
  );
  return { reset, loading };
}

/** The token from the reset link's fragment (`#token=…`): never sent to a server by the browser. */
export function resetTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}
