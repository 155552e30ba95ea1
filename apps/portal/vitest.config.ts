import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // Rendering the whole app in jsdom on a loaded 2-core CI machine can pass 5 s; a real
      // hang still fails.
      testTimeout: 20_000,
    },
  }),
);
