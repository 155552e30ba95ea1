import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes } from '../AppRoutes';
import { createApolloClient } from '../features/api-client/utils/createApolloClient';
import { SessionProvider } from '../features/auth/components/SessionProvider';
import { SessionBridge } from '../features/auth/utils/SessionBridge';
import { I18nProvider } from '../features/i18n/components/I18nProvider';
import type { Locale } from '../features/i18n/utils/locale';

export interface SentRequest {
  operationName: string | undefined;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

interface RenderAppOptions {
  /** Answers for the mocked network, in the order the requests arrive. */
  mocks: readonly MockLink.MockedResponse[];
  route?: string;
  locale?: Locale;
}

/**
 * Renders the real routes, session handling and Apollo links; only the network is mocked.
 * Every request that reaches the network is recorded with its variables and headers.
 */
export function renderApp({ mocks, route = '/', locale }: RenderAppOptions) {
  const requests: SentRequest[] = [];
  const recorder = new ApolloLink((operation, forward) => {
    const context = operation.getContext() as { headers?: Record<string, string> };
    requests.push({
      operationName: operation.operationName,
      variables: { ...operation.variables },
      headers: { ...context.headers },
    });
    return forward(operation);
  });
  const network = ApolloLink.from([
    recorder,
    new MockLink(mocks, { defaultOptions: { delay: 0 }, showWarnings: false }),
  ]);
  const bridge = new SessionBridge();
  const client = createApolloClient(bridge, network);
  const user = userEvent.setup();

  const view = render(
    <I18nProvider initialLocale={locale}>
      <ApolloProvider client={client}>
        <SessionProvider bridge={bridge}>
          <MemoryRouter initialEntries={[route]}>
            <AppRoutes />
          </MemoryRouter>
        </SessionProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
  return { ...view, client, bridge, requests, user };
}
