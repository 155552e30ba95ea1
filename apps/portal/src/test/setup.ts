import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalogue } from '../features/i18n/utils/catalogues';

// findBy*/waitFor give up after 1 s by default; rendering the whole app in jsdom on a loaded 2-core
// CI machine sometimes takes longer (one CI run failed that way). A real hang still fails.
configure({ asyncUtilTimeout: 15_000 });

// The portal loads English on demand (utils/catalogues.ts); tests switch to it synchronously.
await loadCatalogue('en');

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
});
