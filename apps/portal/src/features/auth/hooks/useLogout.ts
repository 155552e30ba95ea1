import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { redirectTo } from '../../sso/utils/redirectTo';
import { LOGOUT_MUTATION } from '../graphql/logoutMutation';
import { LOGIN_PATH } from '../utils/safeReturnPath';
import { useSession } from './useSession';

export function useLogout(): { logout: () => Promise<void>; loading: boolean } {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(LOGOUT_MUTATION);

  const logout = useCallback(async () => {
    let endSessionUrl: string | null = null;
    try {
      const { data } = await mutate();
      endSessionUrl = data?.logoutSso.endSessionUrl ?? null;
    } catch {
      // An expired or already revoked session: forgetting it locally is all that is left to do.
    }
    await signOut({ kind: 'LOGGED_OUT' });
    // A session that began at the agency's provider ends there too (RP-initiated logout); the
    // provider sends the browser back to the login page.
    if (endSessionUrl) return redirectTo(endSessionUrl);
    navigate(LOGIN_PATH, { replace: true });
  }, [mutate, navigate, signOut]);

  return { logout, loading };
}
