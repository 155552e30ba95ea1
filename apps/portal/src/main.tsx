import './styles/fonts.css';
import '@utrecht/component-library-css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/theme.css';
import './styles/base.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadPageAt } from './AppRoutes';
import { createApolloClient } from './features/api-client/utils/createApolloClient';
import { SessionBridge } from './features/auth/utils/SessionBridge';
import { loadCatalogue } from './features/i18n/utils/catalogues';
import { readStoredLocale } from './features/i18n/utils/locale';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first page's chunks are asked for now, not after the first render (a slow phone spends
// ~0.5 s running the shell before React would get to it).
preloadPageAt(window.location.pathname);

const bridge = new SessionBridge();
const client = createApolloClient(bridge);

// A stored choice of English is loaded first, so the first screen is not Dutch for a moment.
void loadCatalogue(readStoredLocale())
  .catch(() => undefined) // the provider shows Dutch and tries again
  .then(() =>
    createRoot(container).render(
      <StrictMode>
        <App client={client} bridge={bridge} />
      </StrictMode>,
    ),
  );
