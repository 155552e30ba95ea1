import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { LOGIN_METHOD_QUERY } from '../graphql/loginMethodQuery';
import { emailDomain } from '../utils/emailDomain';

/** Where the login of an address goes on: its agency's provider (startPath) or the password. */
export type LoginRoute = { method: 'SSO'; startPath: string } | { method: 'PASSWORD' };

/**
 * Step one of the login: asks the API how an address signs in. The answer depends on the
 * domain only (it never tells whether an account exists), so it is kept per domain. When the
 * question fails, the password step is the safe default: it reveals nothing either.
 */
export function useLoginMethod(): (email: string) => Promise<LoginRoute> {
  const client = useApolloClient();
  const known = useRef(new Map<string, LoginRoute>());

  return useCallback(
    async (email: string) => {
      const domain = emailDomain(email);
      if (!domain) return { method: 'PASSWORD' };
      const cached = known.current.get(domain);
      if (cached) return cached;
      try {
        const { data } = await client.query({
          query: LOGIN_METHOD_QUERY,
          variables: { email: email.trim() },
          fetchPolicy: 'no-cache',
        });
        const answer = data?.loginMethod;
        const route: LoginRoute =
          answer?.method === 'SSO' && answer.startPath?.startsWith('/auth/sso/')
            ? { method: 'SSO', startPath: answer.startPath }
            : { method: 'PASSWORD' };
        known.current.set(domain, route);
        return route;
      } catch {
        return { method: 'PASSWORD' };
      }
    },
    [client],
  );
}
