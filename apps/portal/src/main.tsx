import './styles/fonts.css';
import '@utrecht/component-library-css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/theme.css';
import './styles/base.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from './features/api-client/utils/createApolloClient';
import { SessionBridge } from './features/auth/utils/SessionBridge';
import { loadCatalogue } from './features/i18n/utils/catalogues';
import { readStoredLocale } from './features/i18n/utils/locale';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

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
