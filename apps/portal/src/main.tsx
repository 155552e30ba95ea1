import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@utrecht/component-library-css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/theme.css';
import './styles/base.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from './features/api-client/utils/createApolloClient';
import { SessionBridge } from './features/auth/utils/SessionBridge';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const bridge = new SessionBridge();
const client = createApolloClient(bridge);

createRoot(container).render(
  <StrictMode>
    <App client={client} bridge={bridge} />
  </StrictMode>,
);
