import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './AppRoutes';
import { SessionProvider } from './features/auth/components/SessionProvider';
import type { SessionBridge } from './features/auth/utils/SessionBridge';
import { I18nProvider } from './features/i18n/components/I18nProvider';

interface AppProps {
  client: ApolloClient;
  bridge: SessionBridge;
}

export function App({ client, bridge }: AppProps) {
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <SessionProvider bridge={bridge}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
