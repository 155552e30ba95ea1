import { ApolloLink } from '@apollo/client';
import { of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { LOGIN_MUTATION } from '../../auth/graphql/loginMutation';
import { LOGOUT_MUTATION } from '../../auth/graphql/logoutMutation';
import { ME_QUERY } from '../../auth/graphql/meQuery';
import { me } from '../../../test/sessionFixtures';
import { createApolloClient, type SessionLinkHooks } from './createApolloClient';

type Reply = ApolloLink.Result;

function setup(reply: (operationName: string | undefined) => Reply) {
  let token: string | null = null;
  const session: SessionLinkHooks & { setToken: (value: string | null) => void } = {
    csrfToken: () => token,
    sessionEnded: vi.fn(),
    setToken: (value) => {
      token = value;
    },
  };
  const sent: { operationName: string | undefined; headers: Record<string, string> }[] = [];
  const network = new ApolloLink((operation) => {
    const { headers } = operation.getContext() as { headers: Record<string, string> };
    sent.push({ operationName: operation.operationName, headers });
    return of(reply(operation.operationName));
  });
  return { client: createApolloClient(session, network), session, sent };
}

const session = me({ csrfToken: 'csrf-abc' });

describe('createApolloClient', () => {
  it('sends apollo-require-preflight on every request and no CSRF token before there is a session', async () => {
    const { client, sent } = setup(() => ({ data: { login: session } }));

    await client.mutate({
      mutation: LOGIN_MUTATION,
      variables: { input: { email: 'a@example.nl', password: 'x' } },
    });

    expect(sent[0]?.headers).toEqual({ 'apollo-require-preflight': 'true' });
  });

  it('adds the in-memory CSRF token to later mutations', async () => {
    const {
      client,
      session: hooks,
      sent,
    } = setup(() => ({ data: { logoutSso: { endSessionUrl: null } } }));
    hooks.setToken('csrf-abc');

    await client.mutate({ mutation: LOGOUT_MUTATION });

    expect(sent[0]?.headers).toEqual({
      'apollo-require-preflight': 'true',
      'x-csrf-token': 'csrf-abc',
    });
  });

  it.each(['UNAUTHENTICATED', 'SESSION_EXPIRED'] as const)(
    'reports %s from any operation as the end of the session',
    async (code) => {
      const { client, session: hooks } = setup(() => ({
        errors: [{ message: 'no session', extensions: { code } }],
      }));

      await expect(client.query({ query: ME_QUERY })).rejects.toThrow();

      expect(hooks.sessionEnded).toHaveBeenCalledWith(code);
    },
  );

  it('does not end the session for other errors', async () => {
    const { client, session: hooks } = setup(() => ({
      errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }],
    }));

    await expect(client.query({ query: ME_QUERY })).rejects.toThrow();

    expect(hooks.sessionEnded).not.toHaveBeenCalled();
  });
});
