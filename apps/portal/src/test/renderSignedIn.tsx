import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { createApolloClient } from '../features/api-client/utils/createApolloClient';
import { RequireSession } from '../features/auth/components/RequireSession';
import { SessionProvider } from '../features/auth/components/SessionProvider';
import { SessionBridge } from '../features/auth/utils/SessionBridge';
import type { SessionMe } from '../features/auth/utils/SessionContext';
import { I18nProvider } from '../features/i18n/components/I18nProvider';
import { meSignedIn } from './sessionFixtures';

/** Shows where the router is, so a test can check the address a form or link produced. */
function Location() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

interface SignedInOptions {
  /** The signed-in user; answered as the first request. */
  session: SessionMe;
  route?: string;
  /** Also render the router's address (`data-testid="location"`). */
  showLocation?: boolean;
  /** Serves the subscriptions (a test that drives a live stream itself); else the mocks do. */
  live?: ApolloLink;
}

/**
 * Renders one feature component behind the real session handling and Apollo links, for a
 * signed-in user; only the network is mocked (the session first, then `mocks` in order).
 */
export function renderSignedIn(
  ui: ReactNode,
  mocks: readonly MockLink.MockedResponse[],
  { session, route = '/', showLocation = false, live }: SignedInOptions,
) {
  const mocked = new MockLink([meSignedIn(session), ...mocks], {
    defaultOptions: { delay: 0 },
    showWarnings: false,
  });
  const network = live
    ? ApolloLink.split(
        ({ query }) => {
          const definition = getMainDefinition(query);
          return (
            definition.kind === Kind.OPERATION_DEFINITION &&
            definition.operation === OperationTypeNode.SUBSCRIPTION
          );
        },
        live,
        mocked,
      )
    : ApolloLink.from([mocked]);
  const bridge = new SessionBridge();
  const client = createApolloClient(bridge, network);
  const user = userEvent.setup();
  const view = render(
    <I18nProvider initialLocale="nl">
      <ApolloProvider client={client}>
        <SessionProvider bridge={bridge}>
          <MemoryRouter initialEntries={[route]}>
            <RequireSession>
              {ui}
              {showLocation && <Location />}
            </RequireSession>
          </MemoryRouter>
        </SessionProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
  return { ...view, user, client };
}
